package org.warkg.load;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.warkg.ontology.OntologyResources;

/** Checks an article graph against the ontology's SHACL shapes. */
public final class ShapeValidator {

    private static final int SHOWN = 3;

    private final Shapes shapes;

    public ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator with the shipped shapes. */
    public static ShapeValidator standard() {
        return new ShapeValidator(OntologyResources.shapes());
    }

    /** The violations, as readable lines; empty when the graph conforms. */
    public List<String> violations(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        if (report.conforms()) {
            return List.of();
        }
        return report.getEntries().stream().map(ShapeValidator::describe).collect(Collectors.toList());
    }

    /** The first few violations joined into one line. */
    public static String summary(List<String> violations) {
        String shown = violations.stream().limit(SHOWN).collect(Collectors.joining("; "));
        int more = violations.size() - SHOWN;
        return more > 0 ? shown + " (and " + more + " more)" : shown;
    }

    private static String describe(ReportEntry entry) {
        return entry.focusNode() + " " + entry.resultPath() + ": " + entry.message();
    }
}
