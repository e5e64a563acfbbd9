package org.warkg.mention;

import java.util.List;

import org.warkg.nlp.AnnotatedText;

/** Finds the names of entities in annotated text. */
public interface MentionFinder {

    /** The mentions found, in text order. */
    List<Mention> find(AnnotatedText text);
}
