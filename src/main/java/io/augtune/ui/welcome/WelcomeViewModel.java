package io.augtune.ui.welcome;

import io.augtune.ui.settings.AppSettings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/** The start screen's state: recent and sample projects, and the commands to start or open a project. */
public final class WelcomeViewModel {
    private final AppSettings settings;
    private final SampleProjects samples;
    private final Runnable newProject;
    private final Consumer<Path> openProject;
    private final ObservableList<ProjectEntry> recentEntries = FXCollections.observableArrayList();
    private final ObservableList<ProjectEntry> recentEntriesView
            = FXCollections.unmodifiableObservableList(recentEntries);
    private final ObservableList<ProjectEntry> sampleEntries = FXCollections.observableArrayList();
    private final ObservableList<ProjectEntry> sampleEntriesView
            = FXCollections.unmodifiableObservableList(sampleEntries);

    public WelcomeViewModel(AppSettings settings, SampleProjects samples, Runnable newProject,
                            Consumer<Path> openProject) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.samples = Objects.requireNonNull(samples, "samples");
        this.newProject = Objects.requireNonNull(newProject, "newProject");
        this.openProject = Objects.requireNonNull(openProject, "openProject");
        refresh();
    }

    /** Re-reads the recent list and the sample folders. */
    public void refresh() {
        recentEntries.setAll(settings.recentProjects().stream().map(ProjectEntry::of).toList());
        sampleEntries.setAll(samples.find().stream().map(ProjectEntry::of).toList());
    }

    public ObservableList<ProjectEntry> recentProjects() {
        return recentEntriesView;
    }

    public ObservableList<ProjectEntry> sampleProjects() {
        return sampleEntriesView;
    }

    public void newProject() {
        newProject.run();
    }

    /** Opens a listed project; a recent entry whose file is gone is dropped from the list instead. */
    public void open(ProjectEntry entry) {
        if (!entry.exists() && !ProjectEntry.of(entry.file()).exists()) {
            settings.forgetProject(entry.file());
            refresh();
        }
        openProject.accept(entry.file());
    }

    /** Removes a project from the recent list without touching the file. */
    public void forget(ProjectEntry entry) {
        settings.forgetProject(entry.file());
        refresh();
    }
}
