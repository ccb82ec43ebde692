package org.dynamicsworkbench.analysis.system.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dysts flows AnishchenkoAstakhov..JerkCircuit (issue 5, part A): each right-hand side against an
 * independent transcription of the equations, each analytic Jacobian against a central difference, and
 * 20 periods from the catalog initial condition at the catalog dt without blow-up.
 */
class CatalogFlowsAToJTest {

    /**
     * f(x0, t = 0) at each catalog initial condition with the catalog parameters, computed outside Java by a
     * separate numpy transcription of the dysts equations (vector and matrix parameters as numpy arrays,
     * BeerRNN and Hopfield with matrix products, the double pendulum by complex-step differentiation of its
     * Hamiltonian, ExcitableCell with the literal rate constants of the original model), printed with
     * Python's repr so every digit is kept.
     */
    private static final Map<String, double[]> RHS_AT_INITIAL_CONDITION = Map.ofEntries(
            Map.entry("AnishchenkoAstakhov", new double[] {0.43429830912412104, -3.6225814, 5.56289089981298}),
            Map.entry("ArnoldBeltramiChildress", new double[] {-1.2896763862029261, 1.3341039291375663,
                -1.0044396074785111}),
            Map.entry("ArnoldWeb", new double[] {0.0004250577756750486, 0.0004236019834004392, 0.10469507, 0.0892929984,
                1.0}),
            Map.entry("AtmosphericRegime", new double[] {0.007336508817573861, 0.1724087575647905, -0.086797394301525}),
            Map.entry("BeerRNN", new double[] {-0.0690829886158082, -0.037320306178168394, -0.010210312246505926}),
            Map.entry("BelousovZhabotinsky", new double[] {4.324162305044577, -16.652128798198753,
                -0.22168742131594038}),
            Map.entry("BickleyJet", new double[] {1.0186864487995402e-05, -4.7840257871752885e-05, 1.0}),
            Map.entry("Blasius", new double[] {0.6016433489710611, -1.7656919406410465, -0.0207053283300144}),
            Map.entry("BlinkingRotlet", new double[] {-0.025818412482289794, -3.802761362507189, 1.0}),
            Map.entry("BlinkingVortex", new double[] {-0.03542762802472107, -3.846815183474359, 1.0}),
            Map.entry("Bouali", new double[] {0.36365072574483603, -2.597596564531197, -0.5823816439465168}),
            Map.entry("Bouali2", new double[] {0.9288992204251192, -0.5034244982500077, -0.0031757299761284996}),
            Map.entry("BurkeShaw", new double[] {1.3908708999999995, 2.434802900495228, 7.835691487750948}),
            Map.entry("CaTwoPlus", new double[] {0.026247696507097018, 0.657461903492903, 0.004491369902087428}),
            Map.entry("CaTwoPlusQuasiperiodic", new double[] {-0.4279057198571312, 0.8157990198571315,
                1.3969980408841742}),
            Map.entry("CellCycle", new double[] {-0.004456837819395855, -0.0007480150168929223, -1.767500842103642e-05,
                -0.004456427662962948, -0.0007163363348483831, -1.6868226002018927e-05}),
            Map.entry("CellularNeuralNetwork", new double[] {1.3506877141200002, 1.1378851664000003, -0.7641909184}),
            Map.entry("ChenLee", new double[] {0.210767460612438, 0.03844706844033596, -2.3711152603947783}),
            Map.entry("CircadianRhythm", new double[] {-0.5546762569015851, -1.0136540299999999, -3.116743975221494,
                -1.5817026647215107, 0.2617993877991494}),
            Map.entry("CoevolvingPredatorPrey", new double[] {0.0011336235976129832, 0.0003621730806515168,
                -0.0004629788505435168}),
            Map.entry("Colpitts", new double[] {-5.745714630000022, 1.7570666040000003, -0.056581062000000015}),
            Map.entry("Coullet", new double[] {0.4284701181998099, 0.086983698175975, -0.27534713124531224}),
            Map.entry("DequanLi", new double[] {-4078.36833451505, -402.0899192809402, 1473.2942835272454}),
            Map.entry("DoubleGyre", new double[] {-0.31413118487193536, -2.437221158591292e-05, 0.62832}),
            Map.entry("DoublePendulum", new double[] {0.3081104089241159, 2.742349869689883, 6.142822264958403,
                5.177648756845559}),
            Map.entry("ExcitableCell", new double[] {9.43603855137529, 0.0724212030435595, -0.0081985508570716}),
            Map.entry("Finance", new double[] {-0.5371240247875266, 0.5244496144061879, 0.51522909609}),
            Map.entry("FluidTrampoline", new double[] {-2.8807787, 1.553673868314235, 1.21}),
            Map.entry("ForcedBrusselator", new double[] {-0.2174244478929937, 0.187226946035859, 0.81}),
            Map.entry("ForcedFitzHughNagumo", new double[] {0.3945924645578631, -0.03826787897600001,
                0.043650793650793655}),
            Map.entry("ForcedVanDerPol", new double[] {0.19640249, 0.017953541097927905, 0.63}),
            Map.entry("GenesioTesi", new double[] {-0.26162564, 0.33501557, 0.1970454069466792}),
            Map.entry("GlycolyticOscillation", new double[] {0.33508902706330357, -6.756767216626777,
                -0.013915099682542786}),
            Map.entry("GuckenheimerHolmes", new double[] {-1.7130454621044842, -11.175996301238131, 1.3987111895976998}),
            Map.entry("Hadley", new double[] {0.24687377738725091, -2.1724567199659837, 5.323725980283712}),
            Map.entry("HastingsPowell", new double[] {-0.0048335041286222125, 0.002160108127180524,
                0.029605165460041563}),
            Map.entry("HenonHeiles", new double[] {0.42548865, 0.071905482, 0.2952089043342463, -0.08510553322059006}),
            Map.entry("Hopfield", new double[] {-0.23149042570427053, -0.40319307999998244, 0.5221707472075838,
                0.36120820416599986, 0.3188954756036728, -0.5417986925598259}),
            Map.entry("HyperBao", new double[] {0.6170487412218151, -26.716910272614825, 18.65862316175486,
                218.02402044400176}),
            Map.entry("HyperCai", new double[] {-133.37185879738007, -150.3286340666509, 188.20164335723314,
                35.28120288699652}),
            Map.entry("HyperJha", new double[] {13.1941096437481, -76.39157307049538, 192.55211069199726,
                -508.16646762523726}),
            Map.entry("HyperLorenz", new double[] {-59.908218178852735, -105.51162343751423, -37.651299559623176,
                -8.502839303788335}),
            Map.entry("HyperLu", new double[] {59.57215751000001, 61.472263151913296, 30.313462276318845,
                112.76464092708669}),
            Map.entry("HyperPang", new double[] {-134.51520383999997, -142.50872407629646, -44.44496862040261,
                -26.16147652}),
            Map.entry("HyperQi", new double[] {-927.8723819816055, -381.9645831988056, 4858.959772186887,
                2810.051615700855}),
            Map.entry("HyperRossler", new double[] {-15.539886963999999, -45.99795100000001, -0.0055120216019082235,
                2.173596318}),
            Map.entry("HyperWang", new double[] {0.002919600000000022, -14.792313399018337, -92.48761352677653,
                -1.783440142}),
            Map.entry("HyperXu", new double[] {-12.65356843, 21.163577789899172, 1.8690832246449234, 0.804193981868698}),
            Map.entry("HyperYan", new double[] {72.50058586240661, 69.33797783410795, -58.70339905003071,
                4.196874170317585}),
            Map.entry("HyperYangChen", new double[] {38.82182784420013, 52.28935220284333, -58.0812781707337,
                -28.27571387910949}),
            Map.entry("InteriorSquirmer", new double[] {-0.0743639862041509, -5.9474557225282165, 1.0}),
            Map.entry("IsothermalChemical", new double[] {0.017663348879829677, 2.1736864235168794,
                -0.007748890999635938}),
            Map.entry("ItikBanksTumor", new double[] {0.0019521585131939568, -2.1919850515320083e-05,
                -0.0046028941927653295}),
            Map.entry("JerkCircuit", new double[] {0.065382947, 0.91801911, 0.3828628786367455}));

    /** Systems whose Jacobian is the central-difference fallback (see each class for why). */
    private static final Set<String> FINITE_DIFFERENCE_JACOBIAN = Set.of("BlinkingRotlet", "BlinkingVortex",
            "DoublePendulum", "ExcitableCell", "InteriorSquirmer");

    private static final int PERIODS = 20;

    static Stream<DynamicalSystem> systems() {
        return RHS_AT_INITIAL_CONDITION.keySet().stream().sorted().map(SystemCatalog.builtin()::require);
    }

    @Test
    void allFiftyFourSystemsAreRegistered() {
        assertEquals(54, RHS_AT_INITIAL_CONDITION.size());
        assertTrue(SystemCatalog.builtin().names().containsAll(RHS_AT_INITIAL_CONDITION.keySet()));
    }

    @Test
    void arrayParametersArriveFlattenedInTheOrderTheEquationsIndex() {
        DynamicalSystem beer = SystemCatalog.builtin().require("BeerRNN");
        assertEquals(List.of("tau_0", "tau_1", "tau_2", "theta_0", "theta_1", "theta_2", "w_0_0", "w_0_1", "w_0_2",
                "w_1_0", "w_1_1", "w_1_2", "w_2_0", "w_2_1", "w_2_2"), beer.parameterNames());
        DynamicalSystem bickley = SystemCatalog.builtin().require("BickleyJet");
        assertEquals(List.of("ell", "eps_0", "eps_1", "eps_2", "k_0", "k_1", "k_2", "omega", "sigma_0", "sigma_1",
                "sigma_2", "u"), bickley.parameterNames());
        assertEquals(39, SystemCatalog.builtin().require("Hopfield").parameterNames().size());
        assertEquals(SystemMetadata.indexedParameterNames("a", 5),
                SystemCatalog.builtin().require("InteriorSquirmer").parameterNames().subList(0, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void rhsMatchesTheIndependentTranscriptionAtTheInitialCondition(DynamicalSystem system) {
        double[] expected = RHS_AT_INITIAL_CONDITION.get(system.name());
        double[] out = new double[system.dimension()];
        system.rhs(system.metadata().initialCondition(), 0.0, system.metadata().defaultParameters(), out);
        assertEquals(expected.length, out.length, system.name());
        for (int i = 0; i < out.length; i++) {
            assertEquals(expected[i], out[i], 1e-11 * Math.max(1, Math.abs(expected[i])),
                    system.name() + " component " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void jacobianMatchesACentralDifferenceAtTheInitialConditionAndAfterAShortRun(DynamicalSystem system) {
        boolean fallback = FINITE_DIFFERENCE_JACOBIAN.contains(system.name());
        assertEquals(!fallback, system.hasAnalyticJacobian(), system.name());
        double[] p = system.metadata().defaultParameters();
        assertJacobianMatchesDifference(system, p, system.metadata().initialCondition(), "initial condition");
        Trajectory run = run(system, 1);
        assertJacobianMatchesDifference(system, p, run.lastState(), "state after one period");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void twentyPeriodsAtTheCatalogStepStayFiniteAndBounded(DynamicalSystem system) {
        Trajectory run = run(system, PERIODS);
        double maxAbs = 0;
        for (int i = 0; i < run.length(); i++) {
            for (int c = 0; c < system.dimension(); c++) {
                double v = run.get(i, c);
                assertTrue(Double.isFinite(v), system.name() + " non-finite at sample " + i);
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        // phases grow linearly (BickleyJet's reaches omega * 20 periods ~ 2e6); a blow-up goes far beyond
        assertTrue(maxAbs < 1e8, system.name() + " reached |x| = " + maxAbs);
        assertFalse(run.length() < 2, system.name());
    }

    private static Trajectory run(DynamicalSystem system, int periods) {
        SystemMetadata m = system.metadata();
        int steps = (int) Math.round(periods * m.period() / m.dt());
        return IntegrationMethod.RK4.forSystem(system).integrate(system, m.defaultParameters(), m.initialCondition(),
                m.dt(), steps);
    }

    /**
     * Compares {@link DynamicalSystem#jacobian} with a central difference of step 1e-6 max(1, |x_j|), an
     * independent computation from the one inside the finite-difference fallback (different step), to a
     * tolerance relative to the largest entry.
     */
    private static void assertJacobianMatchesDifference(DynamicalSystem system, double[] p, double[] x,
                                                        String where) {
        int d = system.dimension();
        double[] jacobian = new double[d * d];
        system.jacobian(x, 0.0, p, jacobian);
        double[] plus = new double[d];
        double[] minus = new double[d];
        double scale = 0;
        for (double v : jacobian) {
            assertTrue(Double.isFinite(v), system.name() + " non-finite Jacobian at the " + where);
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < d; j++) {
            double[] shifted = x.clone();
            double h = 1e-6 * Math.max(1, Math.abs(x[j]));
            shifted[j] = x[j] + h;
            system.rhs(shifted, 0.0, p, plus);
            shifted[j] = x[j] - h;
            system.rhs(shifted, 0.0, p, minus);
            for (int i = 0; i < d; i++) {
                double difference = (plus[i] - minus[i]) / (2 * h);
                assertEquals(difference, jacobian[i * d + j], 1e-5 * Math.max(1, scale),
                        system.name() + " at the " + where + ": df" + i + "/dx" + j);
            }
        }
    }
}
