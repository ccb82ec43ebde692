package org.dynamicsworkbench.analysis.system;

import java.util.List;

import org.dynamicsworkbench.analysis.system.flows.AnishchenkoAstakhov;
import org.dynamicsworkbench.analysis.system.flows.Arneodo;
import org.dynamicsworkbench.analysis.system.flows.ArnoldBeltramiChildress;
import org.dynamicsworkbench.analysis.system.flows.ArnoldWeb;
import org.dynamicsworkbench.analysis.system.flows.AtmosphericRegime;
import org.dynamicsworkbench.analysis.system.flows.BeerRNN;
import org.dynamicsworkbench.analysis.system.flows.BelousovZhabotinsky;
import org.dynamicsworkbench.analysis.system.flows.BickleyJet;
import org.dynamicsworkbench.analysis.system.flows.Blasius;
import org.dynamicsworkbench.analysis.system.flows.BlinkingRotlet;
import org.dynamicsworkbench.analysis.system.flows.Bouali2;
import org.dynamicsworkbench.analysis.system.flows.BurkeShaw;
import org.dynamicsworkbench.analysis.system.flows.CaTwoPlus;
import org.dynamicsworkbench.analysis.system.flows.CellCycle;
import org.dynamicsworkbench.analysis.system.flows.CellularNeuralNetwork;
import org.dynamicsworkbench.analysis.system.flows.ChenLee;
import org.dynamicsworkbench.analysis.system.flows.CircadianRhythm;
import org.dynamicsworkbench.analysis.system.flows.CoevolvingPredatorPrey;
import org.dynamicsworkbench.analysis.system.flows.Colpitts;
import org.dynamicsworkbench.analysis.system.flows.DequanLi;
import org.dynamicsworkbench.analysis.system.flows.DoubleGyre;
import org.dynamicsworkbench.analysis.system.flows.DoublePendulum;
import org.dynamicsworkbench.analysis.system.flows.ExcitableCell;
import org.dynamicsworkbench.analysis.system.flows.Finance;
import org.dynamicsworkbench.analysis.system.flows.FluidTrampoline;
import org.dynamicsworkbench.analysis.system.flows.ForcedBrusselator;
import org.dynamicsworkbench.analysis.system.flows.ForcedFitzHughNagumo;
import org.dynamicsworkbench.analysis.system.flows.ForcedVanDerPol;
import org.dynamicsworkbench.analysis.system.flows.GenesioTesi;
import org.dynamicsworkbench.analysis.system.flows.GlycolyticOscillation;
import org.dynamicsworkbench.analysis.system.flows.GuckenheimerHolmes;
import org.dynamicsworkbench.analysis.system.flows.Hadley;
import org.dynamicsworkbench.analysis.system.flows.HastingsPowell;
import org.dynamicsworkbench.analysis.system.flows.HenonHeiles;
import org.dynamicsworkbench.analysis.system.flows.Hopfield;
import org.dynamicsworkbench.analysis.system.flows.HyperBao;
import org.dynamicsworkbench.analysis.system.flows.HyperCai;
import org.dynamicsworkbench.analysis.system.flows.HyperJha;
import org.dynamicsworkbench.analysis.system.flows.HyperLorenz;
import org.dynamicsworkbench.analysis.system.flows.HyperLu;
import org.dynamicsworkbench.analysis.system.flows.HyperPang;
import org.dynamicsworkbench.analysis.system.flows.HyperQi;
import org.dynamicsworkbench.analysis.system.flows.HyperRossler;
import org.dynamicsworkbench.analysis.system.flows.HyperWang;
import org.dynamicsworkbench.analysis.system.flows.HyperXu;
import org.dynamicsworkbench.analysis.system.flows.HyperYan;
import org.dynamicsworkbench.analysis.system.flows.HyperYangChen;
import org.dynamicsworkbench.analysis.system.flows.InteriorSquirmer;
import org.dynamicsworkbench.analysis.system.flows.IsothermalChemical;
import org.dynamicsworkbench.analysis.system.flows.ItikBanksTumor;
import org.dynamicsworkbench.analysis.system.flows.JerkCircuit;

/**
 * The dysts flows from AnishchenkoAstakhov to JerkCircuit beyond the foundation's. One line per system.
 * Where dysts defines one system as a subclass of another with the same equations (Bouali of Bouali2,
 * BlinkingVortex of BlinkingRotlet, CaTwoPlusQuasiperiodic of CaTwoPlus, Coullet of Arneodo), the same
 * Java class serves both names; the catalog entry supplies the parameters.
 */
final class CatalogFlowsAToJ {

    static final List<SystemDefinition> DEFINITIONS = List.of(
            SystemDefinition.flow("AnishchenkoAstakhov", AnishchenkoAstakhov::new),
            SystemDefinition.flow("ArnoldBeltramiChildress", ArnoldBeltramiChildress::new),
            SystemDefinition.flow("ArnoldWeb", ArnoldWeb::new),
            SystemDefinition.flow("AtmosphericRegime", AtmosphericRegime::new),
            SystemDefinition.flow("BeerRNN", BeerRNN::new),
            SystemDefinition.flow("BelousovZhabotinsky", BelousovZhabotinsky::new),
            SystemDefinition.flow("BickleyJet", BickleyJet::new),
            SystemDefinition.flow("Blasius", Blasius::new),
            SystemDefinition.flow("BlinkingRotlet", BlinkingRotlet::new),
            SystemDefinition.flow("BlinkingVortex", BlinkingRotlet::new),
            SystemDefinition.flow("Bouali", Bouali2::new),
            SystemDefinition.flow("Bouali2", Bouali2::new),
            SystemDefinition.flow("BurkeShaw", BurkeShaw::new),
            SystemDefinition.flow("CaTwoPlus", CaTwoPlus::new),
            SystemDefinition.flow("CaTwoPlusQuasiperiodic", CaTwoPlus::new),
            SystemDefinition.flow("CellCycle", CellCycle::new),
            SystemDefinition.flow("CellularNeuralNetwork", CellularNeuralNetwork::new),
            SystemDefinition.flow("ChenLee", ChenLee::new),
            SystemDefinition.flow("CircadianRhythm", CircadianRhythm::new),
            SystemDefinition.flow("CoevolvingPredatorPrey", CoevolvingPredatorPrey::new),
            SystemDefinition.flow("Colpitts", Colpitts::new),
            SystemDefinition.flow("Coullet", Arneodo::new),
            SystemDefinition.flow("DequanLi", DequanLi::new),
            SystemDefinition.flow("DoubleGyre", DoubleGyre::new),
            SystemDefinition.flow("DoublePendulum", DoublePendulum::new),
            SystemDefinition.flow("ExcitableCell", ExcitableCell::new),
            SystemDefinition.flow("Finance", Finance::new),
            SystemDefinition.flow("FluidTrampoline", FluidTrampoline::new),
            SystemDefinition.flow("ForcedBrusselator", ForcedBrusselator::new),
            SystemDefinition.flow("ForcedFitzHughNagumo", ForcedFitzHughNagumo::new),
            SystemDefinition.flow("ForcedVanDerPol", ForcedVanDerPol::new),
            SystemDefinition.flow("GenesioTesi", GenesioTesi::new),
            SystemDefinition.flow("GlycolyticOscillation", GlycolyticOscillation::new),
            SystemDefinition.flow("GuckenheimerHolmes", GuckenheimerHolmes::new),
            SystemDefinition.flow("Hadley", Hadley::new),
            SystemDefinition.flow("HastingsPowell", HastingsPowell::new),
            SystemDefinition.flow("HenonHeiles", HenonHeiles::new),
            SystemDefinition.flow("Hopfield", Hopfield::new),
            SystemDefinition.flow("HyperBao", HyperBao::new),
            SystemDefinition.flow("HyperCai", HyperCai::new),
            SystemDefinition.flow("HyperJha", HyperJha::new),
            SystemDefinition.flow("HyperLorenz", HyperLorenz::new),
            SystemDefinition.flow("HyperLu", HyperLu::new),
            SystemDefinition.flow("HyperPang", HyperPang::new),
            SystemDefinition.flow("HyperQi", HyperQi::new),
            SystemDefinition.flow("HyperRossler", HyperRossler::new),
            SystemDefinition.flow("HyperWang", HyperWang::new),
            SystemDefinition.flow("HyperXu", HyperXu::new),
            SystemDefinition.flow("HyperYan", HyperYan::new),
            SystemDefinition.flow("HyperYangChen", HyperYangChen::new),
            SystemDefinition.flow("InteriorSquirmer", InteriorSquirmer::new),
            SystemDefinition.flow("IsothermalChemical", IsothermalChemical::new),
            SystemDefinition.flow("ItikBanksTumor", ItikBanksTumor::new),
            SystemDefinition.flow("JerkCircuit", JerkCircuit::new));

    private CatalogFlowsAToJ() {
    }
}
