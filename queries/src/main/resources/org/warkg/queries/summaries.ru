# The store's tallies: counts over the whole graph that the dashboard queries of the library read
# instead of scanning every event, and the ACLED table of every event that acled-events reads a page
# of. Run after each load; it replaces all tallies at once.
#
# They are kept in the store's own default graph, <urn:x-arq:DefaultGraph>. With the default graph of
# queries being the union of the named graphs (tdb2:unionDefaultGraph), that graph is in no union
# and no GRAPH ?g: articles, exports and counts never see a tally, and a library query names it.
#
# Every event counts once per row, with the highest figures any article gives; an event counts only
# while some report still names it. Rows keep the event's first and last day (sem:hasEarliestBegin-
# TimeStamp, sem:hasLatestEndTimeStamp), so a query for a range of days sums the rows that overlap it.
PREFIX kg:     <https://w3id.org/warkg/ns#>
PREFIX acled:  <https://w3id.org/warkg/acled#>
PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX schema: <https://schema.org/>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX oa:     <http://www.w3.org/ns/oa#>
PREFIX geo:    <http://www.opengis.net/ont/geosparql#>
PREFIX time:   <http://www.w3.org/2006/time#>

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

# Events, reports (one per article and event) and casualties per event class, dated or not.
INSERT {
  GRAPH <urn:x-arq:DefaultGraph> {
    [] a kg:ClassTally ; kg:eventClass ?type ; kg:eventCount ?events ; kg:reportCount ?reports ;
       kg:killedTotal ?totalKilled ; kg:injuredTotal ?totalInjured .
  }
}
WHERE {
  SELECT ?type (COUNT(?event) AS ?events) (SUM(?reportCount) AS ?reports) (SUM(COALESCE(?killed, 0)) AS ?totalKilled)
         (SUM(COALESCE(?injured, 0)) AS ?totalInjured)
  WHERE {
    SELECT ?event ?type (COUNT(DISTINCT ?report) AS ?reportCount) (MAX(?k) AS ?killed) (MAX(?i) AS ?injured)
    WHERE {
      ?report kg:reports ?event .
      ?event a ?type .
      OPTIONAL { ?event kg:killed ?k }
      OPTIONAL { ?event kg:injured ?i }
    }
    GROUP BY ?event ?type
  }
  GROUP BY ?type
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
} ;

# The ACLED table (acled-events.rq reads a page of it): one kg:AcledRow per event, with ACLED's columns
# as acled: properties; Summaries numbers the pages after this update, in order of the rows. event_type is the graph's own class; sub_event_type is ACLED's, chosen from the
# class, the weapons and the evidence words (queries/README.md has the mapping). Lists are sorted and
# "; "-separated (notes: " | "); figures are the highest any article gives; time_precision and
# geo_precision follow ACLED's codes (1 exact, 3 month or region). actor1 and actor2 hold only actors
# (people, organizations, units, countries); article names the articles that report the event,
# headline and source the story each report is told in (its page's where the story has none of its
# own), source_url each article's URL or, for a file without one, the file it was read from.
INSERT {
  GRAPH <urn:x-arq:DefaultGraph> {
    ?row a kg:AcledRow ; acled:event_id ?event_id ; acled:event_date ?event_date ;
       acled:time_precision ?time_precision ; acled:event_type ?event_type ;
       acled:sub_event_type ?sub_event_type ; acled:actor1 ?actor1 ; acled:actor2 ?actor2 ;
       acled:location ?location ; acled:admin1 ?admin1 ; acled:country ?country ; acled:latitude ?latitude ;
       acled:longitude ?longitude ; acled:geo_precision ?geo_precision ; acled:fatalities ?fatalities ;
       acled:injured ?injured ; acled:source ?source ; acled:source_url ?source_url ; acled:article ?article ;
       acled:headline ?headline ; acled:reported_by ?reported_by ; acled:verification ?verification ;
       acled:notes ?notes .
  }
}
WHERE {
  {
    SELECT ?event ?type (MIN(?anyTime) AS ?ts) (MIN(?anyUnit) AS ?unit) (MAX(?k) AS ?fatalities)
           (MAX(?i) AS ?injured)
    WHERE {
      ?report kg:reports ?event .
      ?event a ?type .
      OPTIONAL { ?event sem:hasTimeStamp ?anyTime }
      OPTIONAL { ?event kg:datePrecision ?anyUnit }
      OPTIONAL { ?event kg:killed ?k }
      OPTIONAL { ?event kg:injured ?i }
    }
    GROUP BY ?event ?type
  }
  # Where: the place; the country, the outermost place around it that the graph describes; the region,
  # the place or its ancestor directly inside the country.
  OPTIONAL {
    SELECT ?event (MIN(?placeName) AS ?location) (MIN(STR(?wkt)) AS ?point) (MIN(?adminName) AS ?admin1)
           (MIN(?topName) AS ?country)
           (MIN(IF(!BOUND(?wkt) || COALESCE(?where = ?top, false) || COALESCE(?where = ?admin, false), 3, 1))
             AS ?geo_precision)
    WHERE {
      {
        # Each place is described once, then joined to its events.
        SELECT ?where ?placeName ?wkt ?top ?topName ?admin ?adminName
        WHERE {
          { SELECT DISTINCT ?where WHERE { ?anyEvent sem:hasPlace ?where } }
          OPTIONAL { ?where schema:name ?placeName }
          OPTIONAL { ?where geo:hasGeometry/geo:asWKT ?wkt }
          OPTIONAL {
            ?where schema:containedInPlace* ?top .
            ?top schema:name ?topName .
            FILTER NOT EXISTS { ?top schema:containedInPlace [] }
            # A place that is outermost but holds nothing (a sea, a front-line direction) is no country; one
            # around this place holds something. Blank nodes rather than variables in these filters, and no
            # test of ?where: either would make Jena walk every place of the graph up, not this one.
            FILTER EXISTS { [] schema:containedInPlace ?top }
            OPTIONAL {
              ?where schema:containedInPlace* ?admin .
              ?admin schema:containedInPlace ?top .
              OPTIONAL { ?admin schema:name ?adminName }
            }
          }
        }
      }
      ?event sem:hasPlace ?where .
    }
    GROUP BY ?event
  }
  # Actors, as ACLED has them: people, organizations, units and countries (a gazetteer place inside no
  # other), never a slot's free text or an object such as "apartment blocks".
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(DISTINCT ?v; separator="; ") AS ?actor1)
    WHERE {
      SELECT ?event ?v
      WHERE {
        ?event kg:agent ?actor . ?actor schema:name ?v .
        FILTER(EXISTS { ?actor a ?kind FILTER(?kind IN (schema:Person, schema:Organization, kg:MilitaryUnit)) }
               || EXISTS { ?actor a schema:Place ; kg:gazetteerId [] FILTER NOT EXISTS { ?actor schema:containedInPlace [] } })
      }
      ORDER BY ?v
    }
    GROUP BY ?event
  }
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(DISTINCT ?v; separator="; ") AS ?actor2)
    WHERE {
      SELECT ?event ?v
      WHERE {
        ?event kg:target ?actor . ?actor schema:name ?v .
        FILTER(EXISTS { ?actor a ?kind FILTER(?kind IN (schema:Person, schema:Organization, kg:MilitaryUnit)) }
               || EXISTS { ?actor a schema:Place ; kg:gazetteerId [] FILTER NOT EXISTS { ?actor schema:containedInPlace [] } })
      }
      ORDER BY ?v
    }
    GROUP BY ?event
  }
  # Whose side took ground: the agent's name or, failing an entity, the slot's words.
  OPTIONAL {
    SELECT ?event (LCASE(GROUP_CONCAT(?v; separator=" ")) AS ?agentWords)
    WHERE { { ?event kg:agent/schema:name ?v } UNION { ?event kg:agentText ?v } }
    GROUP BY ?event
  }
  # Each outlet's name is looked up once: an outlet is named in every article graph it published, and a
  # lookup per report would read them all.
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(DISTINCT ?v; separator="; ") AS ?source)
    WHERE {
      SELECT ?event ?v
      WHERE {
        {
          SELECT ?outlet (MIN(?name) AS ?v)
          WHERE { { SELECT DISTINCT ?outlet WHERE { ?published schema:publisher ?outlet } } ?outlet schema:name ?name }
          GROUP BY ?outlet
        }
        { ?r kg:reports ?event ; kg:story/schema:publisher ?outlet }
        UNION
        {
          ?r kg:reports ?event ; prov:wasDerivedFrom/schema:publisher ?outlet .
          FILTER NOT EXISTS { ?r kg:story/schema:publisher [] }
        }
      }
      ORDER BY ?v
    }
    GROUP BY ?event
  }
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(DISTINCT ?v; separator="; ") AS ?source_url)
    WHERE {
      SELECT ?event ?v
      WHERE {
        ?r kg:reports ?event ; prov:wasDerivedFrom ?a .
        OPTIONAL { ?a schema:url ?u }
        OPTIONAL { ?a kg:sourceFile ?file }
        BIND(COALESCE(STR(?u), ?file) AS ?v)
        FILTER(BOUND(?v))
      }
      ORDER BY ?v
    }
    GROUP BY ?event
  }
  # Every row leads back to its articles (ids, pages on kg serve) and to the headlines of its stories.
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(DISTINCT ?v; separator="; ") AS ?article)
    WHERE { SELECT ?event ?v WHERE { ?r kg:reports ?event ; prov:wasDerivedFrom ?a BIND(STR(?a) AS ?v) } ORDER BY ?v }
    GROUP BY ?event
  }
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(DISTINCT ?v; separator=" | ") AS ?headline)
    WHERE {
      SELECT ?event ?v
      WHERE {
        ?r kg:reports ?event ; prov:wasDerivedFrom ?a .
        OPTIONAL { ?r kg:story/schema:headline ?storyHeadline }
        OPTIONAL { ?a schema:headline ?pageHeadline }
        BIND(COALESCE(?storyHeadline, ?pageHeadline) AS ?v)
        FILTER(BOUND(?v))
      }
      ORDER BY ?v
    }
    GROUP BY ?event
  }
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(DISTINCT ?v; separator="; ") AS ?reported_by)
    WHERE {
      SELECT ?event ?v
      WHERE { ?r kg:reports ?event . { ?r kg:claimant/schema:name ?v } UNION { ?r kg:claimantText ?v } }
      ORDER BY ?v
    }
    GROUP BY ?event
  }
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(DISTINCT ?v; separator="; ") AS ?verification)
    WHERE {
      SELECT ?event ?v
      WHERE {
        ?r kg:reports ?event ; kg:verification ?status .
        BIND(IF(?status = kg:NotStated, "not stated", LCASE(STRAFTER(STR(?status), "#"))) AS ?v)
      }
      ORDER BY ?v
    }
    GROUP BY ?event
  }
  OPTIONAL {
    SELECT ?event (GROUP_CONCAT(DISTINCT ?v; separator=" | ") AS ?notes)
    WHERE {
      # From the sentences back to their reports: each selector is read once, not both of every span.
      SELECT ?event ?v
      WHERE { ?quote oa:exact ?v . ?span oa:hasSelector ?quote . ?r kg:evidence ?span ; kg:reports ?event }
      ORDER BY ?v
    }
    GROUP BY ?event
  }
  # The words that decide the sub-event type: weapon names and evidence sentences, lower-cased.
  OPTIONAL {
    SELECT ?event (LCASE(GROUP_CONCAT(?v; separator=" ")) AS ?cues)
    WHERE {
      # Triple patterns, not paths: Jena joins these three times faster.
      { ?event kg:weapon ?weapon . { ?weapon schema:name ?v } UNION { ?weapon schema:alternateName ?v } }
      UNION { ?quote oa:exact ?v . ?span oa:hasSelector ?quote . ?r kg:evidence ?span ; kg:reports ?event }
    }
    GROUP BY ?event
  }
  BIND(COALESCE(?cues, "") AS ?words)
  BIND(COALESCE(?agentWords, "") AS ?agents)
  BIND(IF(CONTAINS(?agents, "ukrain") || CONTAINS(?agents, "kyiv"), "ukraine",
          IF(CONTAINS(?agents, "russia") || CONTAINS(?agents, "kremlin") || CONTAINS(?agents, "moscow"), "russia", ""))
       AS ?side)
  BIND(LCASE(COALESCE(?country, "")) AS ?land)
  BIND(IF(?side = "" || ?land = "", "Armed clash",
          IF(?side = ?land, "Government regains territory", "Non-state actor overtakes territory")) AS ?territory)
  BIND(IF(REGEX(?words, "drone|uav|shahed|geran|lancet|airstrike|air strike|aircraft|warplane|fighter jet|helicopter|glide bomb|guided bomb|aerial bomb|kh-|kinzhal|storm shadow|scalp"),
          "Air/drone strike",
       IF(REGEX(?words, "missile|rocket|artillery|shell|mortar|howitzer|mlrs|himars|iskander|kalibr|tochka|s-300|atacms"),
          "Shelling/artillery/missile attack",
       IF(REGEX(?words, "landmine|land mine|improvised explosive|explosive device|car bomb|booby trap"),
          "Remote explosive/landmine/IED",
       IF(CONTAINS(?words, "grenade"), "Grenade", "Armed clash")))) AS ?attack)
  BIND(IF(?type = kg:Attack, ?attack,
       IF(?type = kg:TerritorialChange, ?territory,
       IF(?type = kg:Interception, "Disrupted weapons use",
       IF(?type = kg:Arrest, "Arrests",
       IF(?type = kg:Agreement, "Agreement",
       IF(?type IN (kg:Deployment, kg:Surrender), "Change to group/activity", "Other")))))) AS ?sub_event_type)
  BIND(STR(?event) AS ?event_id)
  BIND(STR(?ts) AS ?event_date)
  BIND(IF(?unit = time:unitDay, 1, 3) AS ?time_precision)
  BIND(STRAFTER(STR(?type), "#") AS ?event_type)
  BIND(STRBEFORE(STRAFTER(?point, "("), ")") AS ?xy)
  BIND(STRAFTER(?xy, " ") AS ?latitude)
  BIND(STRBEFORE(?xy, " ") AS ?longitude)
  # A row is named after its event, so that its page can be written to it from outside the update.
  BIND(IRI(CONCAT(STR(?event), "#row")) AS ?row)
}
