package io.augtune.ui.newproject;

import io.augtune.project.ProjectSettings;
import io.augtune.project.Setting;
import io.augtune.ui.widgets.SettingNames;
import io.augtune.workflow.TuningChoices;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

import java.util.List;
import java.util.Locale;

/** The settings card: the four everyday settings, an Advanced section for the rest, decorated where wrong. */
final class SettingsFormView {
    private static final double CHOICE_MIN_WIDTH = 150;

    private final SettingsFormModel model;
    private final ValidationSupport validation = new ValidationSupport();

    SettingsFormView(SettingsFormModel model) {
        this.model = model;
        // an icon with the message as tooltip, and a red border (CSS class "error") on the field itself
        validation.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration()));
    }

    Node build() {
        Label title = new Label("Settings");
        title.getStyleClass().add("section-title");
        GridPane basic = grid();
        GridPane advanced = grid();
        int basicRow = 0;
        int advancedRow = 0;
        // every setting of the list that the form shows, in the list's order; experiments stay on the command line
        for (Setting setting : Setting.values()) {
            if (setting.tier() == Setting.Tier.BASIC) {
                basicRow = addRow(basic, basicRow, setting);
            } else if (setting.tier() == Setting.Tier.ADVANCED) {
                advancedRow = addRow(advanced, advancedRow, setting);
            }
        }
        Button reset = new Button("Reset to defaults");
        reset.getStyleClass().add("link-button");
        reset.setOnAction(event -> model.resetToDefaults());
        VBox advancedBox = new VBox(8, advanced, reset);
        TitledPane advancedPane = new TitledPane("Advanced", advancedBox);
        advancedPane.setId("advancedSettings");
        advancedPane.setExpanded(false);
        advancedPane.getStyleClass().add("advanced");
        VBox card = new VBox(12, title, basic, advancedPane);
        card.getStyleClass().addAll("card", "settings-card");
        return card;
    }

    /** Adds the setting's row (and a row for its problem under a number); returns the next free row. */
    private int addRow(GridPane grid, int row, Setting setting) {
        if (setting.kind() == Setting.Kind.WHOLE || setting.kind() == Setting.Kind.DECIMAL) {
            addField(grid, row, setting);
            return row + 2;
        }
        ChoiceBox<String> box = choice(setting.field(), model.textProperty(setting),
                TuningChoices.offered(setting));
        box.setTooltip(new Tooltip(setting.help()));
        grid.add(label(setting.label()), 0, row);
        // a choice has no unit: it takes the unit's column too, so long names such as "Unexplained distance" fit
        grid.add(box, 1, row, 2, 1);
        return row + 1;
    }

    private void addField(GridPane grid, int row, Setting field) {
        TextField text = new TextField();
        text.setId("setting-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        text.textProperty().bindBidirectional(model.textProperty(field));
        text.setPrefColumnCount(8);
        text.setTooltip(new Tooltip(field.help()));
        validation.registerValidator(text, false, (Control control, String value) -> {
            String problem = SettingText.problem(field, value);
            return ValidationResult.fromErrorIf(control, problem == null ? "" : problem, problem != null);
        });
        Label unit = new Label(field.unit());
        unit.getStyleClass().add("hint");
        grid.addRow(row, label(field.label()), text, unit);
        // The reason sits under the field: a red border alone does not say what is wrong.
        Label problem = new Label();
        problem.setId(text.getId() + "-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String why = model.problem(field);
            return why == null ? "" : why;
        }, model.textProperty(field)));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        grid.add(problem, 1, row + 1, 2, 1);
    }

    /** The words the form shows for a setting's name; the name itself if it has none. */
    static String displayName(String name) {
        return SettingNames.of(name);
    }

    private static ChoiceBox<String> choice(String id, javafx.beans.property.Property<String> value,
                                            List<String> options) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(options);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : displayName(name);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        // the longest choice names would otherwise push the card wider than its column; a narrow box elides them
        box.setMinWidth(CHOICE_MIN_WIDTH);
        box.setPrefWidth(CHOICE_MIN_WIDTH);
        GridPane.setColumnSpan(box, 2);
        return box;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Control.USE_PREF_SIZE);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        return grid;
    }
}
