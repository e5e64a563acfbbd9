package org.warkg.eval;

/**
 * How often an event attribute was right on matched events where the gold gives it.
 *
 * @param right matched events whose attribute agrees with gold
 * @param total matched events whose gold gives the attribute
 */
public record Accuracy(int right, int total) {

    /** The sum of two accuracies. */
    Accuracy plus(Accuracy other) {
        return new Accuracy(right + other.right, total + other.total);
    }

    /** The share of right ones; 0 when there were none to judge. */
    public double value() {
        return total == 0 ? 0 : (double) right / total;
    }
}
