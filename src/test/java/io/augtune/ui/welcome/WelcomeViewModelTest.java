package io.augtune.ui.welcome;

import io.augtune.ui.settings.AppSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WelcomeViewModelTest {
    @TempDir
    Path dir;
    private final AppSettings settings = AppSettings.inMemory();
    private final List<Path> opened = new ArrayList<>();

    private WelcomeViewModel model(List<Path> sampleFolders) {
        return new WelcomeViewModel(settings, new SampleProjects(sampleFolders), () -> { }, opened::add);
    }

    @Test
    void samplesAreTheAugtuneFilesOfTheSampleFoldersSortedByName() throws IOException {
        Path samples = Files.createDirectories(dir.resolve("sample-projects"));
        Files.writeString(samples.resolve("solar-cells.augtune"), "x");
        Files.writeString(samples.resolve("bottles.augtune"), "x");
        Files.writeString(samples.resolve("README.md"), "x");
        WelcomeViewModel model = model(List.of(samples, dir.resolve("missing")));
        assertEquals(List.of("bottles", "solar-cells"),
                model.sampleProjects().stream().map(ProjectEntry::name).toList());
    }

    @Test
    void noSampleFolderGivesAnEmptyList() {
        assertTrue(model(List.of(dir.resolve("nothing-here"))).sampleProjects().isEmpty());
    }

    @Test
    void recentEntriesShowWhetherTheirFileStillExists() throws IOException {
        Path present = Files.writeString(dir.resolve("present.augtune"), "x");
        settings.rememberProject(dir.resolve("gone.augtune"));
        settings.rememberProject(present);
        WelcomeViewModel model = model(List.of());
        assertEquals(2, model.recentProjects().size());
        assertTrue(model.recentProjects().get(0).exists());
        assertFalse(model.recentProjects().get(1).exists());
    }

    @Test
    void openingAMissingRecentProjectDropsItFromTheList() {
        settings.rememberProject(dir.resolve("gone.augtune"));
        WelcomeViewModel model = model(List.of());
        model.open(model.recentProjects().get(0));
        assertTrue(model.recentProjects().isEmpty());
        assertEquals(List.of(dir.resolve("gone.augtune")), opened);
    }
}
