package org.dynamicsworkbench.analysis.system.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.dynamicsworkbench.analysis.integrate.IntegrationMethod;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.analysis.system.CentralDifferenceJacobian;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dysts flows KawczynskiStrizhak..ZhouChen: each right-hand side at the catalog initial condition
 * against an independent transcription of the dysts equations, the analytic Jacobian against a central
 * difference, and 20 catalog periods of RK4 at the catalog dt that stay finite and bounded.
 */
class FlowsKToZEquationsTest {

    /**
     * f(x0, t = 0) at each catalog initial condition with the catalog parameters, computed with Python/numpy
     * from the equations as read in dysts/flows.py (written out separately from the Java classes).
     */
    private static final Map<String, double[]> RHS_AT_INITIAL_CONDITION = Map.ofEntries(
            Map.entry("KawczynskiStrizhak", new double[] {0.056572073100523035, -0.18639129999999915, 0.008538740000000017}),
            Map.entry("Laser", new double[] {-11.093348688817255, 9.679444553186741, -23.8935414684661}),
            Map.entry("LidDrivenCavityFlow", new double[] {-0.8628787392678091, -1.8481113500102362, 1.0}),
            Map.entry("LiuChen", new double[] {1.8689105600000002, -3.2814530784490874e-09, 7.721992459653799e-10}),
            Map.entry("LorenzBounded", new double[] {5.3269206566292695, 59.98633333380146, 46.98681605242713}),
            Map.entry("LorenzCoupled", new double[] {30.252596999999994, 55.7797985641276, 3.189780471606383,
                1.9532978500000029, -0.4092150491599914, -0.3034302602008392}),
            Map.entry("LorenzStenflo", new double[] {7.600430634483473, 8.408681706707917, 23.174074715895955,
                -1.4172995623200486}),
            Map.entry("LuChen", new double[] {-38.70611279999997, -70.593375130006, 40.234214742306804}),
            Map.entry("LuChenCheng", new double[] {-23.80968853612385, -82.716301225177, -55.63640629530925}),
            Map.entry("MacArthur", new double[] {0.5088799377319086, -0.8209753628637588, -0.6943602057779569,
                0.04070452208378763, 0.9757995195281045, 0.02042886424525525, -0.0016179667978426515,
                -0.040036824351333156, -0.010479052325700677, 0.01571611325812894}),
            Map.entry("MultiChua", new double[] {11.630437328318994, 5.212910400000002, -14.746517781599998}),
            Map.entry("PanXuZhou", new double[] {10.5753318, -4.081148101605088, -33.06796511487206}),
            Map.entry("Tsucs2", new double[] {25.4190826368336, -42.459717273667195, 42.03514417641161}),
            Map.entry("MooreSpiegel", new double[] {19.666962, -38.262485, -42.53997084924066}),
            Map.entry("NewtonLiepnik", new double[] {0.29847088155175, 0.09103422941856254, -0.10581922727147898}),
            Map.entry("NuclearQuadrupole", new double[] {-0.85075322, 1.63576085, 0.15385558413457612,
                -0.2560162386179268}),
            Map.entry("OscillatingFlow", new double[] {-0.06690031850719313, 0.6126769472470034, 0.49}),
            Map.entry("PehlivanWei", new double[] {0.4281083130924782, 0.8727895669075216, 1.060265309709278}),
            Map.entry("Qi", new double[] {-0.8574438664452477, 2.069926203917373, -7.193857565674385,
                -12.798721703495122}),
            Map.entry("QiChen", new double[] {-13.718227108847032, 24.858926694020056, -113.7088839668986}),
            Map.entry("RabinovichFabrikant", new double[] {0.5210760159671137, 3.8058325275653617,
                0.1742535322683788}),
            Map.entry("RayleighBenard", new double[] {70.21205999999995, 181.18321270868398, 74.20496114475998}),
            Map.entry("RikitakeDynamo", new double[] {-0.9042994160893476, -0.6719016596498912, 0.5089566548380654}),
            Map.entry("Sakarya", new double[] {18.73901980577, -4.55384117037, 6.45424012011103}),
            Map.entry("SaltonSea", new double[] {-243.46956148998026, 187.8374576061434, 15.025986457963597}),
            Map.entry("SanUmSrisuchinwong", new double[] {0.4514065199999999, -1.3808299998417695,
                -0.21342200615990614}),
            Map.entry("ShimizuMorioka", new double[] {0.03489384, -0.01877301563377056, -0.17645069828334217}),
            Map.entry("SprottF", new double[] {-0.5611985599999999, 0.27982745, 0.12096554986256236}),
            Map.entry("SprottG", new double[] {0.9985985879999999, -0.26146258190022986, 0.024258829999999953}),
            Map.entry("SprottH", new double[] {1.00952604934416, -1.04711524, -0.08122239999999992}),
            Map.entry("SprottI", new double[] {0.09911671, -0.036940354, 0.16234463103060248}),
            Map.entry("SprottJ", new double[] {13.169423, 1.9892250999999996, 3.098674213146241}),
            Map.entry("SprottJerk", new double[] {0.59383201, 0.45127217, -0.016518950789359832}),
            Map.entry("SprottK", new double[] {1.3673023636426498, 0.22649359999999996, -1.1172856}),
            Map.entry("SprottL", new double[] {3.239665989999999, 3.412138135678246, -3.3611557000000003}),
            Map.entry("SprottM", new double[] {2.6236374, -0.9694942945760399, 2.8258280399999993}),
            Map.entry("SprottMore", new double[] {-0.21238338, 1.5520739799999999, -0.12105881578649941}),
            Map.entry("SprottN", new double[] {-14.6067432, 2.4318138159028084, 1.7435898000000005}),
            Map.entry("SprottO", new double[] {0.022792985, -0.7308749400000001, 0.4594544364812795}),
            Map.entry("SprottP", new double[] {0.8430134090000001, -0.811958590322251, 0.98336492}),
            Map.entry("SprottQ", new double[] {2.8031286, 3.043362683, 7.8348108567456265}),
            Map.entry("SprottR", new double[] {2.8783678, 2.3807775, 1.36561363055302}),
            Map.entry("SprottS", new double[] {-0.6167847399999999, 1.6185240765404099, 1.12635702}),
            Map.entry("SprottTorus", new double[] {-0.025267742434367968, -0.05311963924849031, 0.18206162483610838}),
            Map.entry("StickSlipOscillator", new double[] {-0.39125834, 0.29605991914521956, 2.0}),
            Map.entry("SwingingAtwood", new double[] {0.019985454545454546, 13.825975890058352, -22.532607495333853,
                -1.11256672}),
            Map.entry("ThomasLabyrinth", new double[] {11.0540141060705, 9.482018514937145, 12.039313149789429}),
            Map.entry("Torus", new double[] {-0.0, 1.5, 7.65}),
            Map.entry("TurchinHanski", new double[] {0.13534874923168216, 0.0071247893075318276, 6.283185307179586}),
            Map.entry("VallisElNino", new double[] {23.35052616009431, 1.1362866284100093, 1.328431734212741}),
            Map.entry("WangSun", new double[] {-0.11318254161944635, -0.2927281898497959, 0.40955574266189726}),
            Map.entry("WindmiReduced", new double[] {-0.31316939809999994, 1.8584298428000015, 25.0}),
            Map.entry("YuWang", new double[] {0.34868609999999994, -2.525474693686081, -34.22462027195559}),
            Map.entry("YuWang2", new double[] {11.209199700000001, -0.8451153239268798, -44.884092582145755}),
            Map.entry("ZhouChen", new double[] {-1.791762149567107, -0.03582285534956803, 2.6313645645897887e-06}));

    static Stream<DynamicalSystem> systems() {
        return RHS_AT_INITIAL_CONDITION.keySet().stream().sorted().map(SystemCatalog.builtin()::require);
    }

    @Test
    void everySystemOfThisPartIsRegisteredAsAFlow() {
        systems().forEach(s -> assertEquals("flow", s.kind().label(), s.name()));
        assertEquals(55, RHS_AT_INITIAL_CONDITION.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void rhsMatchesTheEquationsAtTheInitialCondition(DynamicalSystem system) {
        double[] expected = RHS_AT_INITIAL_CONDITION.get(system.name());
        double[] out = new double[system.dimension()];
        system.rhs(system.metadata().initialCondition(), 0.0, system.metadata().defaultParameters(), out);
        assertEquals(expected.length, out.length, system.name());
        for (int i = 0; i < out.length; i++) {
            assertEquals(expected[i], out[i], 1e-12 * Math.max(1, Math.abs(expected[i])),
                    system.name() + " component " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void analyticJacobianMatchesCentralDifferenceAtTheInitialConditionAndAfterAShortRun(DynamicalSystem system) {
        assertTrue(system.hasAnalyticJacobian(), system.name() + " should have an analytic Jacobian");
        double[] p = system.metadata().defaultParameters();
        CentralDifferenceJacobian.assertMatches(system, p, system.metadata().initialCondition(), 0.0,
                "initial condition");
        Trajectory run = run(system, 2);
        CentralDifferenceJacobian.assertMatches(system, p, run.lastState(), run.time(run.length() - 1),
                "state after two periods");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void twentyPeriodsAtTheCatalogStepStayFiniteAndBounded(DynamicalSystem system) {
        Trajectory run = run(system, 20);
        double maxAbs = 0;
        for (int i = 0; i < run.length(); i++) {
            for (int c = 0; c < system.dimension(); c++) {
                double v = run.get(i, c);
                assertTrue(Double.isFinite(v), system.name() + " non-finite at sample " + i);
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        assertTrue(maxAbs < 1e6, system.name() + " reached |x| = " + maxAbs);
    }

    private static Trajectory run(DynamicalSystem system, int periods) {
        SystemMetadata m = system.metadata();
        int steps = (int) Math.round(periods * m.period() / m.dt());
        return IntegrationMethod.RK4.forSystem(system).integrate(system, m.defaultParameters(), m.initialCondition(),
                m.dt(), steps);
    }
}
