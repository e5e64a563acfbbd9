package org.warkg.eval;

/**
 * True positives, predictions and gold items of one line of a score table, with
 * the precision, recall and F1 they give.
 *
 * @param tp   matched items
 * @param pred predicted items
 * @param gold gold items
 */
public record Counts(int tp, int pred, int gold) {

    /** The sum of two counts. */
    Counts plus(Counts other) {
        return new Counts(tp + other.tp, pred + other.pred, gold + other.gold);
    }

    public double precision() {
        return pred == 0 ? 0 : (double) tp / pred;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) tp / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
