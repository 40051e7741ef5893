"""The forms of the verbs whose happening is often another word (light, aspect, staging, order and
going-on verbs), mapped to their lemma: the events stage parses with the lemmatizer off (lemmas come
later, per trigger), and :mod:`pipeline.events.happening_words` needs these verbs' lemmas before that.
:mod:`pipeline.events.modality` reads its irregular forms here too (:data:`MODALITY_FORMS`): one table
of verb forms, not two."""

LIGHT_VERB_FORMS = {form: lemma for lemma, forms in {
    "be": "be is are was were been being am 's 're", "have": "have has had having 've 'd",
    "take": "take takes took taken taking", "make": "make makes made making",
    "begin": "begin begins began begun beginning", "go": "go goes went gone going",
    "face": "face faces faced facing", "set": "set sets setting", "spend": "spend spends spent spending",
    "enter": "enter enters entered entering", "occur": "occur occurs occurred occurring",
    "happen": "happen happens happened happening", "include": "include includes included including",
    "last": "last lasts lasted lasting",
    "help": "help helps helped helping", "hold": "hold holds held holding",
    "stage": "stage stages staged staging", "conduct": "conduct conducts conducted conducting",
    "carry": "carry carries carried carrying", "undertake": "undertake undertakes undertook undertaken undertaking",
    "perform": "perform performs performed performing", "mount": "mount mounts mounted mounting",
    "organise": "organise organises organised organising", "organize": "organize organizes organized organizing",
    "start": "start starts started starting", "commence": "commence commences commenced commencing",
    "continue": "continue continues continued continuing", "resume": "resume resumes resumed resuming",
    "see": "see sees saw seen seeing", "witness": "witness witnesses witnessed witnessing",
    "suffer": "suffer suffers suffered suffering", "inflict": "inflict inflicts inflicted inflicting",
    "undergo": "undergo undergoes underwent undergone undergoing", "lay": "lay lays laid laying",
    "experience": "experience experiences experienced experiencing",
    "give": "give gives gave given giving", "lead": "lead leads led leading", "cause": "cause causes caused causing",
    "result": "result results resulted resulting", "bring": "bring brings brought bringing",
    "prompt": "prompt prompts prompted prompting", "spark": "spark sparks sparked sparking",
    "trigger": "trigger triggers triggered triggering", "provoke": "provoke provokes provoked provoking",
    "force": "force forces forced forcing", "precipitate": "precipitate precipitates precipitated precipitating",
    "mark": "mark marks marked marking", "precede": "precede precedes preceded preceding",
    "follow": "follow follows followed following", "involve": "involve involves involved involving",
    "show": "show shows showed shown showing", "originate": "originate originates originated originating",
    "arise": "arise arises arose arisen arising", "stem": "stem stems stemmed stemming",
    "open": "open opens opened opening", "end": "end ends ended ending", "close": "close closes closed closing",
    "conclude": "conclude concludes concluded concluding", "try": "try tries tried trying",
    "attempt": "attempt attempts attempted attempting", "become": "become becomes became becoming",
    "come": "come comes came coming", "claim": "claim claims claimed claiming",
    "date": "date dates dated dating", "culminate": "culminate culminates culminated culminating",
    "touch": "touch touches touched touching",
    "coincide": "coincide coincides coincided coinciding", "engage": "engage engages engaged engaging",
    "compel": "compel compels compelled compelling", "oblige": "oblige obliges obliged obliging", "run": "run runs ran running",
    "exist": "exist exists existed existing", "stretch": "stretch stretches stretched stretching",
    "remain": "remain remains remained remaining", "persist": "persist persists persisted persisting",
    "endure": "endure endures endured enduring", "tie": "tie ties tied tying", "link": "link links linked linking",
    "refer": "refer refers referred referring",
    # "managed to break through", "succeeded in capturing": the verb managed is the happening.
    "manage": "manage manages managed managing", "succeed": "succeed succeeds succeeded succeeding",
    # "issued a warning": the warning is the happening (pipeline.events.happening_words).
    "issue": "issue issues issued issuing",
    # "was dissolved and ceased to exist": the ending is the verb it is coordinated with.
    "cease": "cease ceases ceased ceasing",
    # "gained independence in 1960": the independence (pipeline.events.phrase_triggers).
    "gain": "gain gains gained gaining", "achieve": "achieve achieves achieved achieving",
    "attain": "attain attains attained attaining", "obtain": "obtain obtains obtained obtaining",
    "win": "win wins won winning", "regain": "regain regains regained regaining",
    "receive": "receive receives received receiving", "put": "put puts putting"}.items() for form in forms.split()}

# Verbs of aspect: their happening is what begins or goes on ("the siege began", "colonization efforts began").
ASPECT_VERBS = frozenset({"begin", "start", "commence", "continue", "resume"})

# The irregular forms whose lemma the modality cues need ("sought to invade", "meant to sign"): the
# light verbs' own where they are light verbs, and a few more.
MODALITY_FORMS = {form: LIGHT_VERB_FORMS[form] for form in ("set", "made", "took", "began", "begun")} | {
    "sought": "seek", "meant": "mean", "forecast": "forecast", "threw": "throw", "fought": "fight"}

# Verbs that stage a happening named by their object ("launched missile strikes Thursday", "carried out
# raids", "waged a campaign"): a date written for the verb dates the object's happening too
# (pipeline.events.report_window.shared_row). Not "made", "took", "gave", "held": their objects are often
# no happening of that day ("made plans", "took the city", "held talks" may run for weeks).
STAGING_VERB_FORMS = frozenset("""launch launches launched launching unleash unleashes unleashed unleashing
    carry carries carried carrying conduct conducts conducted conducting stage stages staged staging
    mount mounts mounted mounting wage wages waged waging execute executes executed executing
    undertake undertakes undertook undertaken undertaking perform performs performed performing""".split())
# The copula's finite forms and participle, matched on the written word where a predicate noun's verb is
# asked for ("X was a religion founded by …", "the Orm Empire was a state"): one set for the modules that
# read a copula by its form.
COPULA_FORMS = frozenset({"is", "are", "was", "were", "be", "been"})
