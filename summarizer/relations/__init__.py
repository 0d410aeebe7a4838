"""Whether a claim's relations and word order are the sources': checks on a claim against the
texts cited for it, used by :mod:`summarizer.attribute` once citations are chosen.

* :mod:`~summarizer.relations.claim`: the claim as the checks read it (its stems, clauses,
  speakers) and what a cited text states (:func:`~summarizer.relations.claim.has`);
* :mod:`~summarizer.relations.stated`: which of the claim's figures, dates and names its cited
  texts state; :mod:`~summarizer.relations.mentions`: whether a cited text names a name for what
  the claim has it do;
* :mod:`~summarizer.relations.displaced`: a name or modifier the claim puts in another place;
* :mod:`~summarizer.relations.naming`: where a source text names someone, by name, first name,
  role, pronoun or a body's last word, and when a name there is someone else's;
* :mod:`~summarizer.relations.speakers`: who said it; a speaker's words must be held by a
  sentence naming them (:func:`~summarizer.relations.speakers.misquoted`);
* :mod:`~summarizer.relations.roles`: who did what; two names a clause joins must stand together
  somewhere (:func:`~summarizer.relations.roles.apart`), roles and titles must be the sources',
  two events the claim links ("after", "because") must be linked in one source text;
* :mod:`~summarizer.relations.parsed`: who did what by the dependency parse
  (:mod:`summarizer.predicates`): roles given the other way round or to another name;
* :mod:`~summarizer.relations.order`: names or nouns round a word must not come the other way
  round, nor swap what they did; word order and fluency; :mod:`~summarizer.relations.swaps`:
  two figures, the sides of a contrast or the ends of a route given the other way round;
* :mod:`~summarizer.relations.wording`: a negation the claim drops, a word swapped for its
  opposite;
* :mod:`~summarizer.relations.words`: the word lists and patterns they share.
"""
