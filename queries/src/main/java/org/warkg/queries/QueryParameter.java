package org.warkg.queries;

/**
 * One parameter a named query declares in its header.
 *
 * @param name         the SPARQL variable the value is bound to, without {@code ?}
 * @param type         how a value is read
 * @param defaultValue the value bound when none is given, or null
 * @param required     whether a value must be given; a parameter that is neither required nor has a default
 *                     stays unbound when left out, which the query reads as "any"
 * @param description  what the value means, with an example
 */
public record QueryParameter(String name, ParameterType type, String defaultValue, boolean required,
                             String description) {

    /** The third header field as written: {@code required}, {@code optional} or the default value. */
    public String defaultText() {
        if (required) {
            return "required";
        }
        return defaultValue == null ? "optional" : defaultValue;
    }
}
