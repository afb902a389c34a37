/**
 * The generic check of json adapters ({@code JsonCheck}: duplicate keys, bounds, sound text, the
 * {@code {"gw-id", "documents"}} wrapper, declared languages) with what an adapter configures on it: links between
 * objects ({@code JsonLinks}, {@code check.link.*}), marks ({@code JsonMarks}, {@code check.mark.*}), the structure
 * rules of {@code gateway:jsonRules} ({@code JsonRules}, {@code JsonRulesStage}, {@code mappings/<f>.rules.properties});
 * and {@code PrepareBounds}, the JSON check's bounds applied by the prepare steps that read a body before the check
 * stage (the signature steps among them). Apart because all of it is driven by the adapter's data, for any JSON format.
 */
package eu.credentialgateway.check.json;
