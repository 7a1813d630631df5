/**
 * Layer 0: progress and cancellation types, small value types and the exception hierarchy. Imports nothing else of the app.
 */
package io.augtune.common;
