package io.augtune.cli;

import io.augtune.project.ProjectSettings;
import io.augtune.project.Setting;
import io.augtune.workflow.TuningChoices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tuning settings shared by {@code tune} and {@code evaluate}, one option a {@link Setting}; unset options keep
 * the project's values (or the defaults). The options are made from the list when picocli builds the command, not
 * annotated one by one, so their names, help, ranges and defaults are the list's and a new setting is an option
 * without a change here.
 */
@Command(modelTransformer = SettingsOptions.FromSettingList.class)
final class SettingsOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-r", "--recursive"}, description = "Include sub-folders of the image folders.")
    boolean recursive;

    /** Adds an option for every setting of the list to the command that mixes these options in. */
    public static final class FromSettingList implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (Setting setting : Setting.values()) {
                spec.addOption(OptionSpec.builder(setting.option())
                        .paramLabel(paramLabel(setting))
                        .type(setting.type())
                        .description(description(setting))
                        .build());
            }
            return spec;
        }
    }

    /** The settings, or a usage error (exit 2) naming the option that is wrong. */
    ProjectSettings toSettings(CommandLine commandLine) {
        return toSettings(commandLine, ProjectSettings.defaults());
    }

    /** {@code base} with the options given on the command line in place of its values. */
    ProjectSettings toSettings(CommandLine commandLine, ProjectSettings base) {
        ProjectSettings.Builder b = base.toBuilder();
        for (Setting setting : Setting.values()) {
            Object value = given(setting);
            if (value == null) {
                continue;
            }
            List<String> offered = TuningChoices.offered(setting);
            if (value instanceof String name && !offered.isEmpty() && !offered.contains(name)) {
                throw new CommandLine.ParameterException(commandLine, setting.option() + " must be one of "
                        + inWords(offered) + ": " + name);
            }
            b.set(setting, value);
        }
        if (ProjectSettings.DETECTION_FROZEN.equals(given(Setting.DETECTION)) && given(Setting.WORKING_SIZE) == null) {
            // frozen features need the image's detail, not the trained detector's 64 pixels
            b.workingSize(ProjectSettings.FROZEN_WORKING_SIZE);
        }
        if (ProjectSettings.PLAIN_VARIANT.equals(given(Setting.VARIANT)) && given(Setting.VALIDATION_LOSS) == null) {
            b.validationLoss(ProjectSettings.LOSS_MEAN_DISTANCE);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** The value typed on the command line, or null. */
    private Object given(Setting setting) {
        return command.findOption(setting.option()).getValue();
    }

    private static String paramLabel(Setting setting) {
        return switch (setting.kind()) {
            case WHOLE -> "N";
            case DECIMAL -> "F";
            case CHOICE, NAME -> "NAME";
        };
    }

    /** "Working size in px, 16..1024 (default 64). Images are resized ...": the list's words, range and default. */
    static String description(Setting setting) {
        StringBuilder text = new StringBuilder(setting.label());
        boolean fraction = setting.displayScale() != 1;
        if (!setting.unit().isEmpty() && !fraction && !setting.unit().equals("%")) {
            text.append(" in ").append(setting.unit());
        }
        if (setting.range() != null && setting.range().min() > Long.MIN_VALUE) {
            text.append(fraction ? ", a fraction in " : ", ").append(setting.range());
        }
        Object value = setting.valueIn(ProjectSettings.defaults());
        String shown = value instanceof Double d ? new BigDecimal(Double.toString(d)).stripTrailingZeros()
                .toPlainString() : String.valueOf(value);
        return text.append(" (default ").append(shown).append("). ").append(setting.help()).toString();
    }

    /** "a, b or c". */
    private static String inWords(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
