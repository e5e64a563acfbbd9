package org.warkg.nlp.syntax;

/** The kinds of chunk the shallow parser marks. */
public enum PhraseType {
    /** A noun phrase: "the regional military administration", "41 Shahed drones". */
    NP,
    /** A preposition with its noun phrase: "over the Kursk region". */
    PP,
    /** A verb group with its auxiliaries, negation and adverbs: "had not been shot". */
    VP
}
