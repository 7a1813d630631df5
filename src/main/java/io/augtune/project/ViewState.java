package io.augtune.project;

/**
 * What the results view showed when the project was saved, so reopening restores it.
 *
 * @param selectedImage  production image that was selected ('/'-separated path), or null for none
 * @param heatmapOpacity heatmap overlay opacity in [0, 1], or null for the view's default
 */
public record ViewState(String selectedImage, Double heatmapOpacity) {

    public ViewState {
        if (selectedImage != null) {
            RelativePaths.require(selectedImage, "selectedImage");
        }
        if (heatmapOpacity != null && !(heatmapOpacity >= 0 && heatmapOpacity <= 1)) {
            throw new IllegalArgumentException("heatmapOpacity must be in [0, 1]: " + heatmapOpacity);
        }
    }

    /** Nothing selected, default opacity. */
    public static ViewState initial() {
        return new ViewState(null, null);
    }

    public ViewState withSelectedImage(String image) {
        return new ViewState(image, heatmapOpacity);
    }

    public ViewState withHeatmapOpacity(Double opacity) {
        return new ViewState(selectedImage, opacity);
    }
}
