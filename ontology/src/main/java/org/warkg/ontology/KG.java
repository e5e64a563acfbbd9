package org.warkg.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Node-level constants for the terms of {@code kg.ttl}, one field per term, named
 * exactly as its local name. {@code KGTest} checks the two against each other.
 */
public final class KG {

    /** The namespace of the ontology. */
    public static final String NS = "https://w3id.org/warkg/ns#";

    private KG() {}

    /** Returns the namespace, as Jena's vocabulary classes do. */
    public static String getURI() {
        return NS;
    }

    private static Node resource(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node property(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // Classes
    public static final Node Article = resource("Article");
    public static final Node ArticleGraph = resource("ArticleGraph");
    public static final Node Story = resource("Story");
    public static final Node Extraction = resource("Extraction");
    public static final Node MilitaryUnit = resource("MilitaryUnit");
    public static final Node WeaponModel = resource("WeaponModel");
    public static final Node Role = resource("Role");
    public static final Node Report = resource("Report");
    public static final Node VerificationStatus = resource("VerificationStatus");

    // Event classes, one per event type of the record format
    public static final Node Attack = resource("Attack");
    public static final Node Interception = resource("Interception");
    public static final Node Deployment = resource("Deployment");
    public static final Node TerritorialChange = resource("TerritorialChange");
    public static final Node Meeting = resource("Meeting");
    public static final Node Agreement = resource("Agreement");
    public static final Node Arrest = resource("Arrest");
    public static final Node Surrender = resource("Surrender");
    public static final Node Casualties = resource("Casualties");
    public static final Node Sanction = resource("Sanction");

    // Verification statuses
    public static final Node Verified = resource("Verified");
    public static final Node Unverified = resource("Unverified");
    public static final Node Disputed = resource("Disputed");
    public static final Node NotStated = resource("NotStated");

    // Properties
    public static final Node extractorVersion = property("extractorVersion");
    public static final Node sourceFile = property("sourceFile");
    public static final Node feed = property("feed");
    public static final Node gazetteerId = property("gazetteerId");
    public static final Node roleLabel = property("roleLabel");
    public static final Node asOf = property("asOf");
    public static final Node agent = property("agent");
    public static final Node target = property("target");
    public static final Node agentText = property("agentText");
    public static final Node targetText = property("targetText");
    public static final Node weapon = property("weapon");
    public static final Node killed = property("killed");
    public static final Node injured = property("injured");
    public static final Node launched = property("launched");
    public static final Node downed = property("downed");
    public static final Node datePrecision = property("datePrecision");
    public static final Node reports = property("reports");
    public static final Node claimant = property("claimant");
    public static final Node claimantText = property("claimantText");
    public static final Node verification = property("verification");
    public static final Node evidence = property("evidence");
    public static final Node story = property("story");

    // Tallies kept beside the article graphs (queries: summaries.ru)
    public static final Node EventTally = resource("EventTally");
    public static final Node ClassTally = resource("ClassTally");
    public static final Node CasualtyTally = resource("CasualtyTally");
    public static final Node PlaceTally = resource("PlaceTally");
    public static final Node ClaimantTally = resource("ClaimantTally");
    public static final Node month = property("month");
    public static final Node eventClass = property("eventClass");
    public static final Node periodStart = property("periodStart");
    public static final Node periodEnd = property("periodEnd");
    public static final Node eventCount = property("eventCount");
    public static final Node reportCount = property("reportCount");
    public static final Node killedTotal = property("killedTotal");
    public static final Node injuredTotal = property("injuredTotal");
    public static final Node region = property("region");
    public static final Node regionName = property("regionName");
    public static final Node place = property("place");
    public static final Node placeName = property("placeName");
    public static final Node eventsWithin = property("eventsWithin");
    public static final Node eventsAt = property("eventsAt");
    public static final Node claimantEntity = property("claimantEntity");
    public static final Node claimantName = property("claimantName");
    public static final Node claimCount = property("claimCount");
    public static final Node verifiedCount = property("verifiedCount");
    public static final Node unverifiedCount = property("unverifiedCount");
    public static final Node disputedCount = property("disputedCount");
    public static final Node notStatedCount = property("notStatedCount");
    public static final Node rebuildDuration = property("rebuildDuration");

    // The ACLED table kept beside the tallies (its columns are acled: properties)
    public static final Node AcledRow = resource("AcledRow");
    public static final Node tablePage = property("tablePage");
}
