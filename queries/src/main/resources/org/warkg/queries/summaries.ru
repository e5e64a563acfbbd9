# The store's tallies: counts over the whole graph that the dashboard queries of the library read
# instead of scanning every event. Run after each load; it replaces all tallies at once.
#
# They are kept in the store's own default graph, <urn:x-arq:DefaultGraph>. With the default graph of
# queries being the union of the named graphs (tdb2:unionDefaultGraph), that graph is in no union
# and no GRAPH ?g: articles, exports and counts never see a tally, and a library query names it.
#
# Every event counts once per row, with the highest figures any article gives; an event counts only
# while some report still names it. Rows keep the event's first and last day (sem:hasEarliestBegin-
# TimeStamp, sem:hasLatestEndTimeStamp), so a query for a range of days sums the rows that overlap it.
PREFIX kg:     <https://w3id.org/warkg/ns#>
PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX schema: <https://schema.org/>

CLEAR SILENT GRAPH <urn:x-arq:DefaultGraph> ;

# Events per month, class and period.
INSERT {
  GRAPH <urn:x-arq:DefaultGraph> {
    [] a kg:EventTally ; kg:month ?month ; kg:eventClass ?type ; kg:periodStart ?start ; kg:periodEnd ?end ;
       kg:eventCount ?events ; kg:killedTotal ?totalKilled ; kg:injuredTotal ?totalInjured .
  }
}
WHERE {
  SELECT ?month ?type ?start ?end (COUNT(?event) AS ?events) (SUM(COALESCE(?killed, 0)) AS ?totalKilled)
         (SUM(COALESCE(?injured, 0)) AS ?totalInjured)
  WHERE {
    {
      SELECT ?event ?type ?ts ?month (MIN(?first) AS ?start) (MAX(?last) AS ?end) (MAX(?k) AS ?killed)
             (MAX(?i) AS ?injured)
      WHERE {
        ?event sem:hasEarliestBeginTimeStamp ?first ;
               sem:hasLatestEndTimeStamp ?last ;
               sem:hasTimeStamp ?ts .
        # A year-precision date forms its own month "YYYY".
        BIND(SUBSTR(STR(?ts), 1, 7) AS ?month)
        FILTER EXISTS { ?report kg:reports ?event }
        ?event a ?type .
        OPTIONAL { ?event kg:killed ?k }
        OPTIONAL { ?event kg:injured ?i }
      }
      GROUP BY ?event ?type ?ts ?month
    }
  }
  GROUP BY ?month ?type ?start ?end
} ;

# Casualties per region, month and period, for events that give a figure. The region is the event's
# place, or the place around it, directly inside the outermost place the graph describes.
INSERT {
  GRAPH <urn:x-arq:DefaultGraph> {
    [] a kg:CasualtyTally ; kg:region ?region ; kg:regionName ?regionName ; kg:month ?month ;
       kg:periodStart ?start ; kg:periodEnd ?end ;
       kg:eventCount ?events ; kg:killedTotal ?totalKilled ; kg:injuredTotal ?totalInjured .
  }
}
WHERE {
  SELECT ?region ?regionName ?month ?start ?end (COUNT(?event) AS ?events)
         (SUM(COALESCE(?killed, 0)) AS ?totalKilled) (SUM(COALESCE(?injured, 0)) AS ?totalInjured)
  WHERE {
    {
      SELECT ?event ?ts ?month (MIN(?first) AS ?start) (MAX(?last) AS ?end) (MIN(?admin) AS ?region)
             (MIN(?adminName) AS ?regionName) (MAX(?k) AS ?killed) (MAX(?i) AS ?injured)
      WHERE {
        { SELECT DISTINCT ?event WHERE { { ?event kg:killed ?figure } UNION { ?event kg:injured ?figure } } }
        FILTER EXISTS { ?report kg:reports ?event }
        ?event sem:hasEarliestBeginTimeStamp ?first ;
               sem:hasLatestEndTimeStamp ?last ;
               sem:hasTimeStamp ?ts .
        BIND(SUBSTR(STR(?ts), 1, 7) AS ?month)
        # Both OPTIONAL, so that every row of an event binds the same figures.
        OPTIONAL { ?event kg:killed ?k }
        OPTIONAL { ?event kg:injured ?i }
        OPTIONAL {
          ?event sem:hasPlace/schema:containedInPlace* ?admin .
          ?admin schema:containedInPlace ?country .
          ?country schema:name ?countryName .
          # A blank node, not a variable, so that Jena looks the country up per event.
          FILTER NOT EXISTS { ?country schema:containedInPlace [] }
          OPTIONAL { ?admin schema:name ?adminName }
        }
      }
      GROUP BY ?event ?ts ?month
    }
  }
  GROUP BY ?region ?regionName ?month ?start ?end
} ;

# Events within each place (at it or at any place inside it) and at the place itself, per event class
# and, under sem:Event, for all classes together: an event of two classes counts once there.
INSERT {
  GRAPH <urn:x-arq:DefaultGraph> {
    [] a kg:PlaceTally ; kg:place ?place ; kg:placeName ?placeName ; kg:eventClass ?class ;
       kg:eventsWithin ?eventsWithin ; kg:eventsAt ?eventsAt .
  }
}
WHERE {
  {
    # ?none is never bound: only rows where the path has length zero count towards ?eventsAt.
    SELECT ?place ?class (COUNT(DISTINCT ?event) AS ?eventsWithin) (COUNT(DISTINCT ?at) AS ?eventsAt)
    WHERE {
      ?event sem:hasPlace ?where .
      FILTER EXISTS { ?report kg:reports ?event }
      ?event a ?type .
      ?where schema:containedInPlace* ?place .
      BIND(IF(?place = ?where, ?event, ?none) AS ?at)
      VALUES ?allClasses { true false }
      BIND(IF(?allClasses, sem:Event, ?type) AS ?class)
    }
    GROUP BY ?place ?class
  }
  OPTIONAL { SELECT ?place (MIN(?n) AS ?placeName) WHERE { ?place schema:name ?n } GROUP BY ?place }
} ;

# Claims per claimant (a named person or organization, or the article's words when it names none),
# by verification status, with the number of distinct events.
INSERT {
  GRAPH <urn:x-arq:DefaultGraph> {
    [] a kg:ClaimantTally ; kg:claimantEntity ?claimant ; kg:claimantName ?claimantName ;
       kg:claimCount ?claims ; kg:eventCount ?events ; kg:verifiedCount ?verified ;
       kg:unverifiedCount ?unverified ; kg:disputedCount ?disputed ; kg:notStatedCount ?notStated .
  }
}
WHERE {
  {
    SELECT ?who ?claimant ?text (COUNT(?report) AS ?claims) (COUNT(DISTINCT ?event) AS ?events)
           (SUM(IF(?status = kg:Verified, 1, 0)) AS ?verified)
           (SUM(IF(?status = kg:Unverified, 1, 0)) AS ?unverified)
           (SUM(IF(?status = kg:Disputed, 1, 0)) AS ?disputed)
           (SUM(IF(?status = kg:NotStated, 1, 0)) AS ?notStated)
    WHERE {
      { ?report kg:claimant ?claimant } UNION { ?report kg:claimantText ?text }
      ?report kg:reports ?event ;
              kg:verification ?status .
      BIND(COALESCE(?claimant, ?text) AS ?who)
    }
    GROUP BY ?who ?claimant ?text
  }
  # The first name in order, looked up once per claimant.
  OPTIONAL { ?who schema:name ?name FILTER NOT EXISTS { ?who schema:name ?other FILTER(?other < ?name) } }
  BIND(COALESCE(?text, ?name, STR(?claimant)) AS ?claimantName)
}
