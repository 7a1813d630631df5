package io.augtune.cli;

import io.augtune.project.ProjectSettings;
import io.augtune.project.Setting;
import io.augtune.workflow.TuningChoices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line's settings options are made from the list of settings: every setting is an option of
 * {@code tune} and {@code evaluate}, its help is the list's, and a value given reaches the settings.
 */
class SettingsOptionsCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"tune", "evaluate"})
    void theHelpDescribesEverySettingFromTheList(String command) {
        StringWriter out = new StringWriter();
        int code = AugTuneCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                command, "--help");

        assertEquals(ExitCodes.OK, code);
        String help = out.toString().replaceAll("\\s+", " ");
        for (Setting setting : Setting.values()) {
            assertTrue(help.contains(setting.option() + "="), setting.option() + " in " + help);
            assertTrue(help.contains(SettingsOptions.description(setting)), setting + "'s description in " + help);
        }
        assertTrue(help.contains("Working size in px, 16..1024 (default 64)."), help);
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void aValueGivenOnTheCommandLineReachesTheSettings(Setting setting) {
        Object value = switch (setting.kind()) {
            case WHOLE -> setting.type() == Long.class ? (Object) 7L : (Object) (int) setting.range().max();
            case DECIMAL -> setting.range().maxIncluded() ? setting.range().max() : setting.range().min();
            case CHOICE, NAME -> TuningChoices.offered(setting).get(TuningChoices.offered(setting).size() - 1);
        };

        ProjectSettings settings = parse(setting.option(), String.valueOf(value));

        assertEquals(value, setting.valueIn(settings));
    }

    @Test
    void anUnknownNameIsAUsageErrorNamingTheOptionAndTheOfferedNames() {
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> parse("--detection", "blur"));
        assertEquals("--detection must be one of fused, patches, frozen or image: blur", e.getMessage());
    }

    @Test
    void thePretrainedFeaturesAreMobileNetV2UnlessInceptionV3IsAskedFor() {
        assertEquals(ProjectSettings.FEATURES_MOBILENETV2, parse("--detection", "frozen").pretrainedFeatures());
        assertEquals(ProjectSettings.FEATURES_INCEPTIONV3, parse("--detection", "frozen", "--pretrained-features",
                "inceptionv3").pretrainedFeatures());
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> parse("--pretrained-features", "resnet50"));
        assertEquals("--pretrained-features must be one of mobilenetv2 or inceptionv3: resnet50", e.getMessage());
    }

    @Test
    void frozenDetectionAndThePlainVariantStillBringTheirOwnDefaults() {
        assertEquals(ProjectSettings.FROZEN_WORKING_SIZE, parse("--detection", "frozen").workingSize());
        assertEquals(ProjectSettings.LOSS_MEAN_DISTANCE, parse("--variant", "plain").validationLoss());
    }

    private static ProjectSettings parse(String... args) {
        TuneCommand tune = new TuneCommand();
        CommandLine line = new CommandLine(tune);
        line.parseArgs(args);
        return tune.settings.toSettings(line);
    }
}
