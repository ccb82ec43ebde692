package org.dynamicsworkbench.analysis.system;

import java.util.List;

import org.dynamicsworkbench.analysis.system.flows.DequanLi;
import org.dynamicsworkbench.analysis.system.flows.KawczynskiStrizhak;
import org.dynamicsworkbench.analysis.system.flows.Laser;
import org.dynamicsworkbench.analysis.system.flows.LidDrivenCavityFlow;
import org.dynamicsworkbench.analysis.system.flows.LorenzBounded;
import org.dynamicsworkbench.analysis.system.flows.LorenzCoupled;
import org.dynamicsworkbench.analysis.system.flows.LorenzStenflo;
import org.dynamicsworkbench.analysis.system.flows.LuChen;
import org.dynamicsworkbench.analysis.system.flows.LuChenCheng;
import org.dynamicsworkbench.analysis.system.flows.MacArthur;
import org.dynamicsworkbench.analysis.system.flows.MooreSpiegel;
import org.dynamicsworkbench.analysis.system.flows.MultiChua;
import org.dynamicsworkbench.analysis.system.flows.NewtonLiepnik;
import org.dynamicsworkbench.analysis.system.flows.NuclearQuadrupole;
import org.dynamicsworkbench.analysis.system.flows.OscillatingFlow;
import org.dynamicsworkbench.analysis.system.flows.PehlivanWei;
import org.dynamicsworkbench.analysis.system.flows.Qi;
import org.dynamicsworkbench.analysis.system.flows.QiChen;
import org.dynamicsworkbench.analysis.system.flows.RabinovichFabrikant;
import org.dynamicsworkbench.analysis.system.flows.RayleighBenard;
import org.dynamicsworkbench.analysis.system.flows.RikitakeDynamo;
import org.dynamicsworkbench.analysis.system.flows.Sakarya;
import org.dynamicsworkbench.analysis.system.flows.SaltonSea;
import org.dynamicsworkbench.analysis.system.flows.SanUmSrisuchinwong;
import org.dynamicsworkbench.analysis.system.flows.ShimizuMorioka;
import org.dynamicsworkbench.analysis.system.flows.SprottF;
import org.dynamicsworkbench.analysis.system.flows.SprottG;
import org.dynamicsworkbench.analysis.system.flows.SprottH;
import org.dynamicsworkbench.analysis.system.flows.SprottI;
import org.dynamicsworkbench.analysis.system.flows.SprottJ;
import org.dynamicsworkbench.analysis.system.flows.SprottJerk;
import org.dynamicsworkbench.analysis.system.flows.SprottK;
import org.dynamicsworkbench.analysis.system.flows.SprottL;
import org.dynamicsworkbench.analysis.system.flows.SprottM;
import org.dynamicsworkbench.analysis.system.flows.SprottMore;
import org.dynamicsworkbench.analysis.system.flows.SprottN;
import org.dynamicsworkbench.analysis.system.flows.SprottO;
import org.dynamicsworkbench.analysis.system.flows.SprottP;
import org.dynamicsworkbench.analysis.system.flows.SprottQ;
import org.dynamicsworkbench.analysis.system.flows.SprottR;
import org.dynamicsworkbench.analysis.system.flows.SprottS;
import org.dynamicsworkbench.analysis.system.flows.SprottTorus;
import org.dynamicsworkbench.analysis.system.flows.StickSlipOscillator;
import org.dynamicsworkbench.analysis.system.flows.SwingingAtwood;
import org.dynamicsworkbench.analysis.system.flows.Thomas;
import org.dynamicsworkbench.analysis.system.flows.Torus;
import org.dynamicsworkbench.analysis.system.flows.TurchinHanski;
import org.dynamicsworkbench.analysis.system.flows.VallisElNino;
import org.dynamicsworkbench.analysis.system.flows.WangSun;
import org.dynamicsworkbench.analysis.system.flows.WindmiReduced;
import org.dynamicsworkbench.analysis.system.flows.YuWang2;
import org.dynamicsworkbench.analysis.system.flows.YuWang;
import org.dynamicsworkbench.analysis.system.flows.ZhouChen;

/**
 * The dysts flows from KawczynskiStrizhak to ZhouChen beyond the foundation's. One line per system; LiuChen
 * uses the Sakarya equations, PanXuZhou and Tsucs2 the DequanLi equations and ThomasLabyrinth the Thomas
 * equations, each with its own metadata, as in dysts where those classes are subclasses without code of
 * their own.
 */
final class CatalogFlowsKToZ {

    static final List<SystemDefinition> DEFINITIONS = List.of(
            SystemDefinition.flow("KawczynskiStrizhak", KawczynskiStrizhak::new),
            SystemDefinition.flow("Laser", Laser::new),
            SystemDefinition.flow("LidDrivenCavityFlow", LidDrivenCavityFlow::new),
            SystemDefinition.flow("LiuChen", Sakarya::new),
            SystemDefinition.flow("LorenzBounded", LorenzBounded::new),
            SystemDefinition.flow("LorenzCoupled", LorenzCoupled::new),
            SystemDefinition.flow("LorenzStenflo", LorenzStenflo::new),
            SystemDefinition.flow("LuChen", LuChen::new),
            SystemDefinition.flow("LuChenCheng", LuChenCheng::new),
            SystemDefinition.flow("MacArthur", MacArthur::new),
            SystemDefinition.flow("MooreSpiegel", MooreSpiegel::new),
            SystemDefinition.flow("MultiChua", MultiChua::new),
            SystemDefinition.flow("NewtonLiepnik", NewtonLiepnik::new),
            SystemDefinition.flow("NuclearQuadrupole", NuclearQuadrupole::new),
            SystemDefinition.flow("OscillatingFlow", OscillatingFlow::new),
            SystemDefinition.flow("PanXuZhou", DequanLi::new),
            SystemDefinition.flow("PehlivanWei", PehlivanWei::new),
            SystemDefinition.flow("Qi", Qi::new),
            SystemDefinition.flow("QiChen", QiChen::new),
            SystemDefinition.flow("RabinovichFabrikant", RabinovichFabrikant::new),
            SystemDefinition.flow("RayleighBenard", RayleighBenard::new),
            SystemDefinition.flow("RikitakeDynamo", RikitakeDynamo::new),
            SystemDefinition.flow("Sakarya", Sakarya::new),
            SystemDefinition.flow("SaltonSea", SaltonSea::new),
            SystemDefinition.flow("SanUmSrisuchinwong", SanUmSrisuchinwong::new),
            SystemDefinition.flow("ShimizuMorioka", ShimizuMorioka::new),
            SystemDefinition.flow("SprottF", SprottF::new),
            SystemDefinition.flow("SprottG", SprottG::new),
            SystemDefinition.flow("SprottH", SprottH::new),
            SystemDefinition.flow("SprottI", SprottI::new),
            SystemDefinition.flow("SprottJ", SprottJ::new),
            SystemDefinition.flow("SprottJerk", SprottJerk::new),
            SystemDefinition.flow("SprottK", SprottK::new),
            SystemDefinition.flow("SprottL", SprottL::new),
            SystemDefinition.flow("SprottM", SprottM::new),
            SystemDefinition.flow("SprottMore", SprottMore::new),
            SystemDefinition.flow("SprottN", SprottN::new),
            SystemDefinition.flow("SprottO", SprottO::new),
            SystemDefinition.flow("SprottP", SprottP::new),
            SystemDefinition.flow("SprottQ", SprottQ::new),
            SystemDefinition.flow("SprottR", SprottR::new),
            SystemDefinition.flow("SprottS", SprottS::new),
            SystemDefinition.flow("SprottTorus", SprottTorus::new),
            SystemDefinition.flow("StickSlipOscillator", StickSlipOscillator::new),
            SystemDefinition.flow("SwingingAtwood", SwingingAtwood::new),
            SystemDefinition.flow("ThomasLabyrinth", Thomas::new),
            SystemDefinition.flow("Torus", Torus::new),
            SystemDefinition.flow("Tsucs2", DequanLi::new),
            SystemDefinition.flow("TurchinHanski", TurchinHanski::new),
            SystemDefinition.flow("VallisElNino", VallisElNino::new),
            SystemDefinition.flow("WangSun", WangSun::new),
            SystemDefinition.flow("WindmiReduced", WindmiReduced::new),
            SystemDefinition.flow("YuWang", YuWang::new),
            SystemDefinition.flow("YuWang2", YuWang2::new),
            SystemDefinition.flow("ZhouChen", ZhouChen::new));

    private CatalogFlowsKToZ() {
    }
}
