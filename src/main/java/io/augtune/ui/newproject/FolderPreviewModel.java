package io.augtune.ui.newproject;

import io.augtune.common.CancelledException;
import io.augtune.common.SkippedImage;
import io.augtune.ui.fx.BackgroundExecutor;
import io.augtune.ui.fx.Inbox;
import io.augtune.ui.fx.TaskHandle;
import io.augtune.workflow.FolderImages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One folder of a new project as the user sees it while it loads: thumbnails arriving, progress, the files that
 * were skipped and why, and a one-line summary. Loading runs in the background; {@link #pulse()} applies what
 * arrived (the view calls it about ten times a second).
 */
public final class FolderPreviewModel {
    /** Longest side of a preview thumbnail in pixels. */
    public static final int THUMBNAIL_SIDE = 80;

    private final String role;
    private final BackgroundExecutor executor;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Thumbnail> thumbnails = FXCollections.observableArrayList();
    private final ObservableList<Thumbnail> thumbnailsView = FXCollections.unmodifiableObservableList(thumbnails);
    private final ObservableList<SkippedImage> skipped = FXCollections.observableArrayList();
    private final ObservableList<SkippedImage> skippedView = FXCollections.unmodifiableObservableList(skipped);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding ready;
    private int imageFiles;
    private int ignoredFiles;
    private Inbox<FolderScanTask.Update> inbox;
    private TaskHandle task;

    /**
     * @param role what the folder holds, in words ("normal", "production"), for messages
     */
    public FolderPreviewModel(String role, BackgroundExecutor executor) {
        this.role = Objects.requireNonNull(role, "role");
        this.executor = Objects.requireNonNull(executor, "executor");
        ready = Bindings.createBooleanBinding(() -> folder.get() != null && !loading.get()
                && error.get().isEmpty() && !thumbnails.isEmpty(), folder, loading, error, thumbnails);
    }

    /** Shows a folder: forgets the previous one and starts reading this one in the background. */
    public void load(Path newFolder, boolean recursive) {
        cancel();
        folder.set(Objects.requireNonNull(newFolder, "newFolder").toAbsolutePath().normalize());
        thumbnails.clear();
        skipped.clear();
        imageFiles = 0;
        ignoredFiles = 0;
        error.set("");
        progress.set(-1);
        loading.set(true);
        summary.set("Reading " + role + " images…");
        Inbox<FolderScanTask.Update> mine = new Inbox<>();
        inbox = mine;
        FolderScanTask scan = new FolderScanTask(folder.get(), recursive, mine);
        task = executor.execute(scan::run, usable -> finished(mine, null), failure -> finished(mine, failure));
    }

    /** Reads the same folder again, e.g. after the sub-folder option changed. */
    public void reload(boolean recursive) {
        if (folder.get() != null) {
            load(folder.get(), recursive);
        }
    }

    /** Forgets the folder and everything read from it. */
    public void clear() {
        cancel();
        inbox = null;
        folder.set(null);
        thumbnails.clear();
        skipped.clear();
        error.set("");
        summary.set("");
        progress.set(0);
        loading.set(false);
    }

    /** Stops reading; what arrived so far stays. */
    public void cancel() {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
    }

    /** Applies the thumbnails, skipped files and progress that arrived since the last pulse. */
    public void pulse() {
        if (inbox != null) {
            apply(inbox.drain());
        }
    }

    private void apply(List<FolderScanTask.Update> updates) {
        List<Thumbnail> newThumbnails = new ArrayList<>();
        List<SkippedImage> newSkipped = new ArrayList<>();
        for (FolderScanTask.Update update : updates) {
            if (update instanceof FolderScanTask.Listed listed) {
                imageFiles = listed.imageFiles();
                ignoredFiles = listed.ignoredFiles();
            } else if (update instanceof FolderScanTask.Progress p) {
                progress.set(p.fraction());
            } else if (update instanceof FolderScanTask.Usable usable) {
                newThumbnails.add(usable.thumbnail());
            } else if (update instanceof FolderScanTask.Skipped s) {
                newSkipped.add(s.file());
            }
        }
        thumbnails.addAll(newThumbnails);
        skipped.addAll(newSkipped);
        if (!updates.isEmpty()) {
            summary.set(describe());
        }
    }

    private void finished(Inbox<FolderScanTask.Update> finishedInbox, Throwable failure) {
        if (finishedInbox != inbox) {
            return; // a newer folder replaced this one
        }
        pulse();
        loading.set(false);
        progress.set(1);
        if (failure instanceof CancelledException) {
            summary.set(describe() + " (stopped)");
        } else if (failure != null) {
            error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
            summary.set("");
        } else if (thumbnails.isEmpty()) {
            error.set(imageFiles == 0 ? "No image files (png, jpg, bmp, gif, tif) in this folder"
                    + (ignoredFiles > 0 ? "; " + FolderImages.otherFiles(ignoredFiles) + " ignored." : ".")
                    : "None of the " + imageFiles + " image files can be used; see the skipped files.");
            summary.set(describe());
        } else {
            summary.set(describe());
        }
    }

    /** "120 images · 3 skipped · 2 other files ignored". */
    String describe() {
        StringBuilder text = new StringBuilder();
        text.append(thumbnails.size()).append(thumbnails.size() == 1 ? " image" : " images");
        if (loading.get() && imageFiles > 0) {
            text.append(" of ").append(imageFiles);
        }
        if (!skipped.isEmpty()) {
            text.append(" · ").append(skipped.size()).append(" skipped");
        }
        if (ignoredFiles > 0) {
            text.append(" · ").append(FolderImages.otherFiles(ignoredFiles)).append(" ignored");
        }
        return text.toString();
    }

    public String role() {
        return role;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public Path folder() {
        return folder.get();
    }

    public ObservableList<Thumbnail> thumbnails() {
        return thumbnailsView;
    }

    public ObservableList<SkippedImage> skipped() {
        return skippedView;
    }

    /** In [0,1] while reading; -1 while listing. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the folder cannot be used, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the folder is read and holds at least one usable image. */
    public BooleanBinding readyBinding() {
        return ready;
    }
}
