/** What the desktop app remembers between sessions (recent projects, last folder, window bounds), injectable. */
package io.augtune.ui.settings;
