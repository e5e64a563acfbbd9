package org.warkg.follow;

/**
 * What a server said about the copy it sent, to ask next time whether it changed.
 *
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
record Validators(String etag, String lastModified) {

    static final Validators NONE = new Validators(null, null);
}
