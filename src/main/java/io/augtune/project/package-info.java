/**
 * Layer 1: the project as immutable records and its file format. No JavaFX, no DJL.
 *
 * <p>{@link io.augtune.project.Project} gathers the vocabulary the rest of the app shares: where the images are
 * ({@link io.augtune.project.DatasetSpec}), how to tune ({@link io.augtune.project.ProjectSettings}), what the
 * images were when the project was made ({@link io.augtune.project.ManifestEntry}), what tuning found
 * ({@link io.augtune.project.TuningResult}), how images scored and what the user decided. Every record validates
 * itself and holds only immutable collections.
 *
 * <p>{@link io.augtune.project.ProjectStore} saves a project as one {@code *.augtune} file (a ZIP holding
 * {@code project.json} and the trained model under {@code model/}) through package-private Jackson DTOs with a
 * schema version and a migration chain; {@link io.augtune.project.ManifestCheck} tells which images on disk
 * still match the manifest.
 */
package io.augtune.project;
