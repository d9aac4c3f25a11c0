"""Every IRI of the ontology, generated from ontology/kg.ttl by scripts/gen_namespace.py.

Do not edit by hand: tests/test_namespace.py fails when this file and kg.ttl differ.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace


class KG(DefinedNamespace):
    """The kg: ontology terms."""

    _fail = True

    AcademicUnit: URIRef
    Agreement: URIRef
    Article: URIRef
    City: URIRef
    County: URIRef
    District: URIRef
    Enterprise: URIRef
    Evidence: URIRef
    Field: URIRef
    Figure: URIRef
    GovernmentAgency: URIRef
    Locality: URIRef
    Organization: URIRef
    Person: URIRef
    Platform: URIRef
    Province: URIRef
    ResearchInstitute: URIRef
    Team: URIRef
    TeamMembership: URIRef
    Town: URIRef
    University: URIRef
    Zone: URIRef
    affiliatedWith: URIRef
    amount: URIRef
    approx: URIRef
    batch: URIRef
    broker: URIRef
    brokered: URIRef
    collaboratesWith: URIRef
    confidence: URIRef
    divisionCode: URIRef
    endOffset: URIRef
    evidence: URIRef
    figure: URIRef
    hasField: URIRef
    hostedBy: URIRef
    inArticle: URIRef
    indicator: URIRef
    kind: URIRef
    leads: URIRef
    locatedIn: URIRef
    memberInstitution: URIRef
    memberOf: URIRef
    mentionedIn: URIRef
    partOf: URIRef
    party: URIRef
    rule: URIRef
    servesIn: URIRef
    startOffset: URIRef
    unit: URIRef
    value: URIRef
    visited: URIRef

    _NS = Namespace("https://w3id.org/kjzz/ontology#")


# Where entities, articles and graphs get their IRIs.
ID = Namespace("https://w3id.org/kjzz/id/")
