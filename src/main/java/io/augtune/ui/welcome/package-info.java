/** The start screen: new project, open project, recent and shipped sample projects. */
package io.augtune.ui.welcome;
