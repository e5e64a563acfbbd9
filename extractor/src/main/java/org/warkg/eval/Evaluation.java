package org.warkg.eval;

import java.util.List;
import java.util.Map;

/**
 * The scores of a set of records against gold annotations.
 *
 * @param lines      one line per label: "entity", "entity(coarse)", "entity:Person", "event", "event:Attack", ...
 * @param attributes accuracy of each event attribute on matched events, by record field name
 * @param missing    gold documents with no prediction
 */
public record Evaluation(Map<String, Counts> lines, Map<String, Accuracy> attributes, List<String> missing) {
}
