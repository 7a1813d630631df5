package io.augtune.ui.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppSettingsTest {
    private final AppSettings settings = AppSettings.inMemory();

    @Test
    void recentProjectsAreNewestFirstWithoutDuplicates() {
        Path a = Path.of("/p/a.augtune");
        Path b = Path.of("/p/b.augtune");
        settings.rememberProject(a);
        settings.rememberProject(b);
        settings.rememberProject(a);
        assertEquals(List.of(a, b), settings.recentProjects());
    }

    @Test
    void recentListKeepsOnlyTheNewestEight() {
        for (int i = 0; i < 12; i++) {
            settings.rememberProject(Path.of("/p/" + i + ".augtune"));
        }
        List<Path> recent = settings.recentProjects();
        assertEquals(AppSettings.MAX_RECENT, recent.size());
        assertEquals(Path.of("/p/11.augtune"), recent.get(0));
    }

    @Test
    void forgottenProjectsLeaveTheList() {
        settings.rememberProject(Path.of("/p/a.augtune"));
        settings.rememberProject(Path.of("/p/b.augtune"));
        settings.forgetProject(Path.of("/p/b.augtune"));
        assertEquals(List.of(Path.of("/p/a.augtune")), settings.recentProjects());
    }

    @Test
    void windowBoundsAndLastFolderRoundTrip() {
        assertTrue(settings.windowBounds().isEmpty());
        settings.setWindowBounds(new WindowBounds(10, 20, 1300, 900, false));
        settings.setLastFolder(Path.of("/data/images"));
        assertEquals(new WindowBounds(10, 20, 1300, 900, false), settings.windowBounds().orElseThrow());
        assertEquals(Path.of("/data/images"), settings.lastFolder().orElseThrow());
    }

    @Test
    void malformedStoredBoundsAreIgnored() {
        MemoryStore store = new MemoryStore();
        store.put("window", "not,a,window");
        assertTrue(new AppSettings(store).windowBounds().isEmpty());
    }
}
