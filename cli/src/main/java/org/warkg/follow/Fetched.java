package org.warkg.follow;

/**
 * A server's answer to a conditional GET.
 *
 * @param body       the body, or null when the server said it had not changed (304)
 * @param validators what to send next time
 */
record Fetched(byte[] body, Validators validators) {

    boolean notModified() {
        return body == null;
    }
}
