package io.augtune.ui.newproject;

import io.augtune.project.DatasetSpec;
import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.ui.fx.BackgroundExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The new-project screen: a name, the normal and the production folder (each previewed as it loads), whether
 * sub-folders count, and the tuning settings. {@link #start()} hands a fresh {@link Project} to whoever tunes it.
 */
public final class NewProjectViewModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty recursive = new SimpleBooleanProperty(true);
    private final FolderPreviewModel normal;
    private final FolderPreviewModel production;
    private final javafx.beans.property.ReadOnlyStringWrapper screenTitle =
            new javafx.beans.property.ReadOnlyStringWrapper("New project");
    private final SettingsFormModel settings = new SettingsFormModel(ProjectSettings.defaults());
    private final StringBinding blocker;
    private final javafx.beans.binding.BooleanBinding blockerIsProblem;
    private final BooleanBinding canStart;
    private final Consumer<Project> startTuning;
    private boolean nameEdited;

    /**
     * @param startTuning receives the new project when the user starts tuning
     */
    public NewProjectViewModel(BackgroundExecutor executor, Consumer<Project> startTuning) {
        this.startTuning = Objects.requireNonNull(startTuning, "startTuning");
        normal = new FolderPreviewModel("normal", executor);
        production = new FolderPreviewModel("production", executor);
        recursive.addListener((obs, old, now) -> {
            normal.reload(now);
            production.reload(now);
        });
        blocker = Bindings.createStringBinding(this::computeBlocker, name, normal.folderProperty(),
                normal.readyBinding(), normal.errorProperty(), production.folderProperty(),
                production.readyBinding(), production.errorProperty(), settings.firstProblemBinding());
        canStart = blocker.isEmpty();
        blockerIsProblem = Bindings.createBooleanBinding(() -> {
            String text = blocker.get();
            return !text.isEmpty() && !text.startsWith("Choose") && !text.startsWith("Reading")
                    && !text.startsWith("Give");
        }, blocker);
    }

    /** Reads the folder of known-good images; names the project after it unless the user typed a name. */
    public void chooseNormalFolder(Path folder) {
        normal.load(folder, recursive.get());
        if (!nameEdited || name.get().isBlank()) {
            name.set(suggestName(folder));
            nameEdited = false;
        }
    }

    public void chooseProductionFolder(Path folder) {
        production.load(folder, recursive.get());
    }

    /** The user typed a name: it is kept when folders change. */
    public void nameEditedByUser() {
        nameEdited = true;
    }

    /** Applies what the folder readers found since the last pulse. */
    public void pulse() {
        normal.pulse();
        production.pulse();
    }

    /** Starts tuning the project as set up; does nothing unless {@link #canStartBinding()} holds. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        DatasetSpec dataset = new DatasetSpec(normal.folder(), production.folder(), recursive.get());
        startTuning.accept(Project.create(name.get().trim(), dataset, settings.toSettings()));
    }

    /** Stops both folder readers. */
    public void cancel() {
        normal.cancel();
        production.cancel();
    }

    /**
     * Clears the screen for another new project. Settings go back to their defaults: values carried over from the
     * project shown before (a sample's whole-image detection, say) would change the new one's results unseen.
     */
    public void reset() {
        cancel();
        name.set("");
        nameEdited = false;
        recursive.set(false);
        settings.load(ProjectSettings.defaults());
        screenTitle.set("New project");
        normal.clear();
        production.clear();
    }

    /** Shows an opened project's name, folders and settings, e.g. to tune it again. */
    public void loadFrom(Project project) {
        cancel();
        name.set(project.name());
        nameEdited = true;
        screenTitle.set("Set-up of " + project.name());
        recursive.set(project.dataset().recursive());
        settings.load(project.settings());
        normal.load(project.dataset().normalFolder(), project.dataset().recursive());
        production.load(project.dataset().productionFolder(), project.dataset().recursive());
    }

    private String computeBlocker() {
        if (normal.folder() == null) {
            return "Choose the folder of normal (good) images";
        }
        if (production.folder() == null) {
            return "Choose the folder of production images";
        }
        if (normal.folder().equals(production.folder())) {
            return "The normal and production folders must differ";
        }
        if (!normal.errorProperty().get().isEmpty()) {
            return "Normal folder: " + normal.errorProperty().get();
        }
        if (!production.errorProperty().get().isEmpty()) {
            return "Production folder: " + production.errorProperty().get();
        }
        if (!normal.readyBinding().get() || !production.readyBinding().get()) {
            return "Reading images…";
        }
        if (name.get().isBlank()) {
            return "Give the project a name";
        }
        return settings.firstProblemBinding().get();
    }

    static String suggestName(Path folder) {
        Path file = folder.toAbsolutePath().normalize().getFileName();
        String leaf = file == null ? "" : file.toString();
        Path parent = folder.toAbsolutePath().normalize().getParent();
        boolean generic = leaf.equalsIgnoreCase("good") || leaf.equalsIgnoreCase("normal")
                || leaf.equalsIgnoreCase("train") || leaf.equalsIgnoreCase("ok");
        if (generic && parent != null && parent.getFileName() != null) {
            return parent.getFileName().toString();
        }
        return leaf.isEmpty() ? "Inspection" : leaf;
    }

    /** "New project", or which opened project the screen shows. */
    public javafx.beans.property.ReadOnlyStringProperty screenTitleProperty() {
        return screenTitle.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty recursiveProperty() {
        return recursive;
    }

    public FolderPreviewModel normal() {
        return normal;
    }

    public FolderPreviewModel production() {
        return production;
    }

    public SettingsFormModel settings() {
        return settings;
    }

    /** Why the project cannot start yet, or empty. */
    /** Whether what blocks the start is a problem to fix (shown as an error), not just the next step. */
    public javafx.beans.binding.BooleanBinding blockerIsProblemBinding() {
        return blockerIsProblem;
    }

    public StringBinding blockerBinding() {
        return blocker;
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }
}
