// Package index is the full-text search over the guide's passages: an in-memory Bleve
// index (scorch, BM25) with English analysis, synonyms for how people talk in chat,
// typo correction, phrase boosts, and abstention when nothing matches well.
package index

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	blevesearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/mpmcoach/mpmcoach/internal/fuzzy"
	"github.com/mpmcoach/mpmcoach/internal/gate"
	"github.com/mpmcoach/mpmcoach/internal/phrase"
	"github.com/mpmcoach/mpmcoach/internal/sentence"
	"github.com/mpmcoach/mpmcoach/knowledge"
)

// Field boosts: a word in a FAQ question or a title says more about what a passage
// answers than the same word in its body. The title is also part of "text": Bleve's
// BM25 computes IDF per field, and a word common in the guide but rare among titles
// ("job") would otherwise outweigh a rare, telling word in a body ("travel").
const (
	boostTitle  = 0.5
	boostText   = 1.0
	boostPhrase = 1.0

	// candidates is how many Bleve hits are reranked by coverage. Over the set, 10,
	// 20 and 40 give the same answers but one; Bleve preallocates a match per
	// candidate on every search, so fewer is cheaper. 20 leaves room for questions
	// unlike ours.
	candidates = 20

	// Priors: the guide's FAQ answers are written for the questions people ask most, and
	// "how do I ..." asks for steps to take.
	priorFAQ = 1.7
	// priorFacts: a key-fact line is a one-line summary. It should answer when it is
	// what was asked ("median salary?"), not outrank the passage that explains.
	priorFacts = 0.8
	priorSteps = 1.3
	// A row of salary figures answers a pay question and nothing else.
	priorFigures = 0.5
	// A "why" question asks for the reasons behind figures: a row of them comes last.
	priorWhyFigures = 0.2
	// Passages about working abroad answer questions about abroad, and only those; the
	// same for diversity and inclusion.
	priorNiche = 0.6

	// maxQueryBytes bounds the work one question can cause; chat questions are short.
	maxQueryBytes = 1000
	// minCoverage is the share of a question's meaning (IDF-weighted terms) that the
	// best passage must contain, or the search abstains.
	minCoverage = 0.5
	// weightUnknown is the weight of a question word the guide never uses: "pizza" in
	// "best pizza near me" is what the question is about, and the guide can't answer it.
	// It is as heavy as the guide's rarest word, so that one stray match ("translate",
	// once in the guide) can't carry a question that is mostly about something else.
	weightUnknown = 4.5
	// weightGeneral scales down the weight of a general word the guide uses.
	weightGeneral = 0.5
	// weightContext scales the words said before the question itself.
	weightContext = 0.5
)

var whyRE = gate.MustCompile(`^\W*(but |so |and |ok )?(why|how come)\b`)

var howDoIRE = gate.MustCompile(`\bhow (do|does|should|can|could|would) (i|you|one|someone|somebody|a person|people|anyone)\b|\b(can|could|should|would) (i|someone|one|a person) (become|get into|move into|transition into|switch to|break into)\b|\bhow to (become|get into|break into|get started)\b|\bwhere (do|should|can) (i|you) (start|begin)\b|\b(path|route|way|ways) in(to)?\b`)

// roleNameRE finds the role's name as people type it ("practice mangers", "mpm"), or
// "this job", or the work itself ("running a clinic's operations", "could that help
// me get hired", "could I switch into this"): asked of this coach, it is ours.
// Phrasing rules that read a question as about moving into this job ("...
// Transferable?", "Relevant?") say so with ourRole.
var roleNameRE = gate.MustCompile(`\bpracti[cs]e? (manag|mang|mgr|mngr)|\bmpms?\b|\bthis (job|career|role|field|profession|line of work)\b|\bis (this|it) (a |an )?(good |great |decent |bad |right |smart )?(job|career|choice|fit|field|path)\b|\bis this (a |an )?(\w+ ){1,3}(career|profession|line of work) to (switch|move|get|go|pivot|transition|jump) into\b|\b(would|does|will|do|can) (that|this|my|those|these)( \w+){0,3} (experience|skills?|background|years)( \w+)? (count|matter|help|transfer|apply|be (useful|helpful|valuable|relevant|an asset|a plus))\W*$|(^|[.?!]\s+)(would|will|do|does|could|can) ([a-z]+ ){1,3}(skills?|experience|background) (count|matter|help|transfer|apply|carry over)\W*$|\b(want|wanting|hope|hoping|plan|planning|trying|looking) to (move|get|go|transition|switch|break|pivot) (in)?to (healthcare |practice |clinic |medical |the )?(management|administration|admin)(\W*$|[.,;!?]| and\b)|\b(get|move|go|step|transition|switch|break)\w* (in)?to (healthcare |practice |clinic |medical )?(management|administration)\W*$|\bmanag(e|ing) (a|the|my|our) (clinic|practice|medical (office|practice))\b|\b(run|running|oversee|overseeing) (a|the|my|our|her|his|their) (private |small |family |busy |local )?(clinic|practice|medical (office|practice))('s)?( operations)?\b|\b(could|would|does|will|can) (that|this|it) help (me )?(get hired|get (a|the) job|land (a|the) job|get in)\W*$|\b(switch|move|transition|get|break|pivot|jump|go)\w* into this(\W*$| (with|without|from|if|as|after|at|when|even|given|or|and|in|later|now|someday|eventually)\b)`)

// ourFieldRE names the kind of workplace our role runs. Asked of it after a
// background elsewhere ("I manage a law office. What's different about a medical
// office?"), the question is about our role.
var ourFieldRE = gate.MustCompile(`\b(a|the|to|in|into|at|for)\s+(human\s+)?(medical|medicine|doctor'?s|doctors'|physician'?s|healthcare|health care)\s+(offices?|practices?|clinics?|settings?)\b`)

// careerMoveRE is a question about a step in the asker's career: applying, being
// hired, an offer, experience enough for a job, credentials recognised after a move
// abroad, a field "similar enough" to pick up, a realistic first job or pivot, what
// civilian employers want, being overqualified, skills to pick up or missing, the
// faster route for the asker, whether skills translate, the title that would match,
// the salary to ask for, skipping the first level. After a background in another
// job, that job is where the asker starts.
var careerMoveRE = gate.MustCompile(`\bcredential recognition\b|\bsimilar enough\b|\b(someone|a person|people) with (my|this|that|such an?|a similar|our) (background|experience|profile|skill ?set)\b|\b(have|stand) (a|any) (shot|chance)\b|\bnext step\b|\b(need|require\w*|have\s+to\s+have)\b[^?.!]*\b(healthcare|health\s+care|clinical|medical)\s+experience(\s+(first|before\s+\w+|to\s+(become|get\s+into|work|apply|be\s+hired|get\s+hired|start|get\s+a\s+job|break\s+in)))?\W*$|\b(fastest|quickest|easiest|best|shortest|surest) (way|route|path) in\b|\b(good|smart|wise|bad|right|sensible|safe) (career )?move\b|\b(someone|people) like me\b|\bvalue (that|this|my|such|our)( kind of| sort of| type of)? (experience|background|skills?)\b|\b(is|would|does|will) (that|this|it|my \w+( \w+)?) (count as |be |be considered |considered )?(relevant|useful|transferable|valuable|good|real) (experience|background)\b|^\W*(does|would|will|do|could) (that|this|it|those|these) (count|qualify|help|matter|work)\b|\b(kind|type|sort) of (experience|background|skills?|person|candidate) (clinics|practices|employers|they|hiring managers|recruiters|practice owners) (want|look for|need|value|hire)\b|\b(apply|applying|hired|hire me|job offers?|offers?|management experience|experience enough|enough experience|promot\w*|my career|for my career|career move)\b|\b(background|experience|skills?)\s+(help|hurt|count|matter)\b|\b(background|experience|skills?)\s+be\s+(valued|useful|wanted|needed|appreciated|in\s+demand)\b|\b(learn|know|study)\s+about\s+healthcare\b|\b(what|which)\s+(healthcare|health\s+care|medical|clinical)\s+(stuff|things|knowledge|topics|basics)\b|\bhelp\s+(me\s+)?(switch|transition|pivot|make\s+(the|a)\s+(switch|jump|move|transition))\b|\bas\s+an?\s+(assistant|senior|regional)\s+(practice\s+)?manager\b|\b(in|into|for)\s+healthcare\s+(admin|administration|management)\b|\bjobs?\s+(at|in)\s+(an?\s+|the\s+)?(practice|clinic|medical\s+office)\b|\bgo(ing)?\s+back\s+to\s+school\b|\bmanagement\s+(jobs?|roles?|positions?|careers?)\s+in\s+(healthcare|health\s+care|clinics?|medicine)\b|\b(how\s+long|timeline)\s+(would|will|does|could|might)\s+(it|that|this|the\s+(switch|transition|move|change))\s+take(\s+me|\s+someone\s+like\s+me)?(\W*$|\s+to\s+(become|get|switch|move|transition|make|break))|\b(realistic|good|typical|likely|decent|best|right|sensible)\s+(entry-level|first job|first role|starting (job|role|position))\b|\b(realistic|doable|feasible|viable|possible|smart|good)\s+(pivot|switch|move|transition|career change)\b|\bcivilian\s+(employers|jobs?|world|side|sector|workforce|roles?)\b|\boverqualified\b|\b(skills?|things?|what)\s+(would|will|do|should|must)\s+i\s+(need\s+to|have\s+to|still\s+need\s+to)\s+(pick\s+up|learn|add|acquire|brush\s+up\s+on)\b|\b(skills?|what)\s+(am\s+i|is\s+she|is\s+he|are\s+they)\s+((most\s+)?likely\s+|probably\s+)?(missing|lacking)\b|\b(be|is)\s+(faster|quicker)\s+for\s+(me|someone\s+like\s+me|her|him)\b|\b(translate|translates|transfer|transfers|carry\s+over|carries\s+over)\s+(to|into)\b|\b(title|level|role|position)\s+would\s+(match|fit|suit|equal)\b|\b(what|how\s+much)\s+(salary|pay)\s+should\s+i\s+(ask|negotiate|push)\s+for\b|\bskip\s+(the\s+)?(assistant|entry[- ]level|junior|first|bottom)(\s+(level|role|rung|step|stage|position))?\b`)

// introOnlyRE is a background that only says what the asker does ("I'm a lab
// tech.", "ex-military logistics officer,", "hotel manager here,", "one of my clients
// is a paramedic,"), perhaps with what they are good at ("former bank teller here,
// good with numbers.").
var introOnlyRE = gate.MustCompile(`^\W*(((i'?m|im|i am|i work as)\s+(an?\s+|the\s+)?|(i'?ve been|i have been|i was|i used to be)\s+(an?|the)\s+|(one of )?(my|our) (clients?|mentees?|coachees?|students?|members?) (is|was|has been) (an?\s+|the\s+)?|(former|ex-?|retired)\s*)[^.?!,]{0,50}|([a-z'-]+\s+){1,6}here)(,?\s+(and\s+)?(really\s+|very\s+|pretty\s+)?(good|great|strong|solid|decent|comfortable|handy|skilled)\s+(with|at|in)\s+[a-z' ]{1,30})?[.!,]?\W*$`)

// introMoreRE is more than what the asker does: a plan or a move ("I'm a nurse and
// I want to become a nurse anesthetist", "I'm a dental office manager moving to
// Canada"), which says what the question is about.
var introMoreRE = gate.MustCompile(`\b(and|but|moving|move|mov\w+|want\w*|becom\w*|who|plan\w*|hop\w*|going|trying|switch\w*)\b`)

// thereRE points at a place named before.
var thereRE = gate.MustCompile(`\b(there|that (place|company|firm|office|job))\b`)

// introOnly: the message opens with only what the asker does, and the question
// after it points at nothing there ("I'm a lab tech. Is a clinical background like
// mine an advantage?"). Asked of this coach, the question is about moving into our
// role, and the job named is where the asker starts. ("I'm a clerk at a law firm.
// Could I become a manager there?" is the firm's.)
//
// The opening and the question are read as rewritten and as typed (spelt), since a
// rule may have put the guide's words in place of the step asked about ("would my
// tech skills be an advantage") or lengthened a short opening past introOnlyRE's
// bound ("I'm a hotel front desk manager.").
func introOnly(q, spelt, before, question string) bool {
	if introMoreRE.MatchString(before) || thereRE.MatchString(question) ||
		otherPurposeRE.MatchString(question) && !careerMoveRE.MatchString(question) ||
		!strings.HasPrefix(strings.TrimSpace(q), strings.TrimSpace(before)) {
		return false
	}
	opens, asksStep := introOnlyRE.MatchString(before), careerStepRE.MatchString(question)
	if !opens || !asksStep {
		// Every answer with a background comes through here: split the typed message
		// only when the rewritten one falls short.
		typedBefore, typedQuestion, _ := splitContext(spelt)
		opens = opens || introOnlyRE.MatchString(typedBefore)
		asksStep = asksStep || careerStepRE.MatchString(typedQuestion)
	}
	return opens && asksStep
}

// clinicalBackgroundRE is the guide's phrase for coming from clinical work.
var clinicalBackgroundRE = gate.MustCompile(`\bclinical\s+background\b`)

// careerStepRE is what a question about moving into a job asks after: time, study,
// credentials, whether the background counts, how the pay or the work compares, a
// level skipped or a first supervisory role. A question about doing the job the
// asker has ("I'm a plumber. How much should I charge per hour?", "I'm a cashier. How
// do I ask for a raise?") asks none of it.
// "The job" asked of this coach after another job is named is ours ("I'm an
// accountant. Is the financial side a big part of the job?").
var careerStepRE = gate.MustCompile(`\b(know enough|enough (experience|knowledge|background|skills?)|(am i|i'?m) ready|switch\w*|transition\w*|mov(e|ing) (in)?to|becom\w*|get into|getting into|break into|background|experience|degrees?|certific\w*|certs?|credentials?|learn|skills?|qualif\w*|count|counts|advantage|relevant|transfer\w*|how long|timeline|major|study|school|classes|courses?|hire|hired|apply|applying|fit|realistic|too late|my age|this (job|role|position|career|field)|(parts?|sides?|aspects?) of the (job|role)|(manager|management|supervisory|supervisor|leadership|lead|admin|administrative|office) (jobs?|roles?|positions?)|my first \w+ (job|role|position)|skip\w*|(assistant|entry|junior|first|manager|senior) (level|role|position)|similar|similarities|comparable|overlap|pay (cut|drop|jump|bump|raise|increase|decrease)|(earn|make|paid) (more|less))\b`)

// otherPurposeRE is experience or a degree needed for something; careerMoveRE says
// which purposes are a career's ("I'm a programmer. Do I need clinical experience
// to date a nurse?" is not).
var otherPurposeRE = gate.MustCompile(`\b(need|require\w*|have to have)\b[^?.!]*\b(experience|degree|background|training)\s+(to|for)\s+\w+`)

// managersRE is managers named without their kind.
var managersRE = gate.MustCompile(`\bmanagers\b`)

// intoOurFieldRE is a background that says the asker means to move into our field
// ("I've been a dental office manager for 7 years. I want to switch to a medical
// practice. Is the pay better?", "I was a restaurant GM ... now I'm looking at
// healthcare.", "my client is a medical assistant who wants to move into
// management", "I'm a respiratory therapist thinking about management", "I'm an
// office manager at a vet clinic. How is a human medical practice different?", "I'm
// a surgical tech. Could I move into running a surgery center's office?"), or
// out of the job they name ("I was a paralegal and got laid off", "I'm thinking of
// leaving teaching", "I'm a teacher thinking of switching."), or without what our
// field has ("no healthcare background", "zero healthcare.", "curious about
// medical."), or with a push from where they work ("my office manager says I should go
// for it", "... should think about moving up"), or with a pull towards it ("Healthcare
// seems more meaningful.", "I want a civilian job that's stable."): the job they
// name is where they start.
var intoOurFieldRE = gate.MustCompile(`(\b(want|wanting|plan|planning|hope|hoping|trying|looking|thinking( about| of)?|considering)( to)?|(\bwould|'d) (like|love) to) (switch|switching|move|moving|transition|transitioning|get|getting|go|going|break|breaking)( over)? (in)?to (a |an |the )?(human |regular |real )?(medical|healthcare|health care|physician'?s?|doctor'?s?) (practice|office|clinic|field|management|admin\w*)\b|\b(thinking about|thinking of|considering|interested in|looking at|drawn to|curious about) (the )?(admin|administrative|business|management|non-?clinical|office) (side|end)\b|\b(thinking about|thinking of|considering|interested in|looking at|looking into|drawn to|curious about|getting into|moving into|switching to|pivoting to|transitioning to|trying to get into) (a career in |working in |jobs in )?(healthcare|health care)( (admin\w*|management|operations))?(\W*$|[.,;!?])|\b(break|breaking|get|getting|move|moving|transition|transitioning) into (healthcare|health care|medical) (admin\w*|management|administration)\b|\b(wants?|wanting|plans?|planning|hopes?|hoping|trying|looking|would like|'d like) to (move|get|go|step|transition|switch|grow) (up )?into (management|admin\w*|administration|leadership|a management (role|position|job))\b|\b(thinking about|thinking of|considering|interested in|looking at|looking into) (going into |moving into |getting into |a move into )?(management|admin\w*|administration)(\W*$|[.,;!?])|\b(human|regular|real|people) (medical|healthcare|health care) (practices?|offices?|clinics?)\b|\b(move|moving|get|getting|go|going|step|stepping|transition\w*|switch\w*) into (running|managing|leading|overseeing) (a|an|the)\b|\b` + bossJob + `\b|\b(laid off|let go)\b|\b(leaving|leave|quitting|quit) (teaching|nursing|retail|banking|sales|law|the law|the military|the classroom|my (old )?(job|career|field))\b|\b(career change|change careers|changing careers|switch(ing)? careers|second career)\b|\b(curious about|thinking about|considering|interested in|looking at) (medical|the medical side|medical practices?|medicine)(\W*$|[.,;!?]| now\b)|\b(no|zero|without( any)?|little|limited) (healthcare|health care|medical|clinical)( (background|experience)\b|\W*$|[.,;!?]| but\b)|\b(thinking (of|about)|considering|planning on|looking at) (switching|changing|a switch|a change|a career change|making (a|the) (switch|change|move|jump))(\W*$|[.,;!?])|\b(manager|boss|supervisor|doctor|doctors|owner) (says|said|thinks|told me|keeps telling me) i should (go for it|apply|go for (the|her|his|that) (job|role|position))\b|\b(office manager|practice manager|doctors?|physicians?|the owner) (says|said|thinks|told me|keeps telling me) i should (think about |consider |look at )?(moving up|move up|step(ping)? up|tak(e|ing) over)\b|\b(healthcare|health care|medicine|the medical field|medical field|the medical side|hospitals?|clinics?)\s+(seems?|feels?|sounds?|looks?)\s+(so\s+|much\s+|a lot\s+|way\s+)?(more\s+)?(meaningful|rewarding|fulfilling|worthwhile|purposeful|appealing)\b|\b(want\w*|need\w*|looking for|find\w*|get|getting|land\w*) (a |an )?civilian (job|career|role|position|work)\b|\b(transition\w*|getting out|got out|leaving|separat\w*) (of |from )?(the )?(military|army|navy|air force|marines|service)\b|\b(cut|eliminated|eliminating|cutting) my (position|job|role)\b|\bmy (position|job|role) (was|got|is being|has been) (cut|eliminated)\b`)

// ourStepRE is a question after a background elsewhere that asks about stepping
// into management or healthcare ("I'm a scribe in the ER. Does that count as
// healthcare experience?", "I'm a medical assistant. Which certification gets me
// to manager?"): the job in the background is where they start.
var ourStepRE = gate.MustCompile(`\b(become|becoming|be|get promoted to|move up to|step up to|move into|get into)\s+(an?\s+)?(manager|management)\b|\b(count|counts|qualify|qualifies)\s+as\s+(relevant\s+|real\s+)?(healthcare|medical|clinical|management)\s+experience\b`)

// otherPracticeRoleRE is the manager of another kind of practice: "a dental practice
// manager" does not name our role.
var otherPracticeRoleRE = gate.MustCompile(`\b(dental|dentist'?s|veterinary|vet|animal|law|legal|chiropractic|chiropractor'?s|optometry|optometrist'?s|physical therapy|massage|accounting) (practice|office|clinic) (manag|mgr|mngr)\w*`)

// pmSoftwareRE is practice management software, a product: naming it doesn't name
// the role ("the best practice management software to buy").
var pmSoftwareRE = gate.MustCompile(`\bpractice management (software|systems?|tools?|platforms?|programs?|apps?|solutions?)\b`)

// selfIntroRE is the asker saying they hold our role.
var selfIntroRE = gate.MustCompile(phrase.IHold + `(an? |the )?(medical )?practi[cs]e? (manag|mang|mgr|mngr)\w*|\bi (manage|run|oversee) (a|the|our|my) (small |busy |local |family )?(clinic|practice|medical (office|practice))\b`)

// thirdPersonRE: the question is about someone else.
var thirdPersonRE = gate.MustCompile(`\b(she|he|her|him|his)\b|\bmy (\w+ )?(kids?|sons?|daughters?|child|children)\b`)

// clientRE is a coach's client: the "she" of a coach's question is the client, who
// asks about this career through the coach ("One of my clients is a nurse manager
// ... What skills would she still need?").
var clientRE = gate.MustCompile(`\b(my|a|one|the|our) (coaching )?(clients?|coachees?|mentees?)\b`)

// personalMatter is the mark phrasing rules write for the asker's own matters.
const personalMatter = "personalmatter"

// personalFinance is the mark rules write for the asker's own money matters (taxes,
// a credit card, car insurance): never the guide's, whoever asks.
const personalFinance = "personalfinance"

// personalLife is the mark rules write for the asker's pastimes (training for a
// marathon, decorating for Halloween): like personalFinance, never the guide's.
const personalLife = "personallife"

// personalRE finds the marks rules write for the asker's own matters. Said with
// our role ("I'm a practice manager and my back hurts. Any stretches?"), the role
// is who asks, not what is asked.
var personalRE = gate.MustCompile(`\bpersonal(matter|finance|life)\b`)

// roleOnly matches a question that is nothing but the role's name: "mpm?", "so what is
// a practice manager anyway", "what does MPM stand for", "mpm = what exactly?".
var roleOnly = gate.MustCompile(`^\W*(` +
	`((so|ok|okay|and|but|hey|hi|um|uh|wait)\W+)*((what('?s| is| are)?( exactly| actually| really| even)?( is| are)?|define|definition of|meaning of|explain)( an?)?\W*)?` + roleWords + `(\W+(exactly|anyway|anyways|again|even|though|then|really|actually))*` +
	`|what (does|do|is) (the )?` + roleWords + `( stand for| mean)` +
	`|` + roleWords + `\W*(=|is|means)?\W*what( exactly| is that| is it| is this| does that mean)?` +
	`)\W*$`)

// roleWords is the role's name as people type it in a question that is only that.
const roleWords = `((medical )?practi[cs]e? (manag|mang)\w*|mpms?)`

// Index searches the guide's passages. It is safe for concurrent use.
type Index struct {
	bi    bleve.Index
	store bleveindex.Index // bi's scorch index, searched directly: see hits
	an    analysis.Analyzer
	vocab *vocab
	df    map[string]int
	terms map[string]map[string]bool // passage id -> analyzed terms
	kinds map[string]knowledge.Kind
	// order is each passage's place in the guide: equal scores rank in reading order,
	// the same on every run, rather than in whatever order the index returns them.
	order map[string]int
	ids   []string // in the guide's order
	// holding lists, for each term, the passages (places in ids) that hold it.
	holding map[string][]int
	n       int
	// asked ranks the passages that cover a question by what people ask of them:
	// the shipped model until SetAsked stores another.
	asked atomic.Pointer[askedRef]

	salaryTerm string // "salary" as the analyzer indexes it
	// payTerms are the terms of the passages that speak of pay: of a background
	// before a question about pay, only these can say which figures are asked for.
	payTerms map[string]bool
	// levelTerms name one level of the ladder ("senior", "regional"), and marketTerms
	// say the job market ("job" only beside them: "what does that role look like"
	// asks about a job): a level told before such a question is who asks, not the
	// level's entry.
	levelTerms, marketTerms map[string]bool
	// niches are the parts of the guide written for some askers only: working abroad,
	// and diversity and inclusion.
	niches []niche
	// generalTerm holds the guide's terms that are general words ("quickly", "deal"):
	// they may match, but say little about what a question is about.
	generalTerm map[string]bool
	// heading holds, for passages under a shared heading ("Cons", "Technical Skills"),
	// the terms only that heading gives them; section is that heading.
	heading map[string]map[string]bool
	section map[string]string
	// titled and adjacent say which query clauses can match at all: a term in some
	// passage's title, two terms side by side in some passage's text. A clause that
	// can't match changes no passage's rank (Bleve's coordination and query norm
	// scale every hit alike), but each costs a searcher; most of a question's
	// title and phrase clauses are such.
	titled   map[string]bool
	adjacent map[[2]string]bool
}

type doc struct {
	Title string `json:"title"` // title and keywords
	Text  string `json:"text"`  // title, keywords and body
	Kind  string `json:"kind"`
}

func newMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	if err := im.AddCustomCharFilter(compoundName, compoundConfig); err != nil {
		return nil, fmt.Errorf("add char filter: %w", err)
	}
	if err := im.AddCustomAnalyzer(analyzerName, analyzerConfig); err != nil {
		return nil, fmt.Errorf("add analyzer: %w", err)
	}
	im.DefaultAnalyzer = analyzerName
	im.ScoringModel = "bm25"
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = true // positions, for phrase queries
		f.DocValues = false
		return f
	}
	kind := bleve.NewTextFieldMapping()
	kind.Analyzer = keyword.Name
	kind.Store, kind.IncludeInAll, kind.IncludeTermVectors, kind.DocValues = false, false, false, false
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("title", text())
	dm.AddFieldMappingsAt("text", text())
	dm.AddFieldMappingsAt("kind", kind)
	im.DefaultMapping = dm
	return im, nil
}

// Build indexes the passages in memory, in one batch.
func Build(passages []knowledge.Passage) (*Index, error) {
	im, err := newMapping()
	if err != nil {
		return nil, err
	}
	bi, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	ix := &Index{
		bi:    bi,
		an:    im.AnalyzerNamed(analyzerName),
		vocab: newVocab(),
		df:    map[string]int{},
		terms: make(map[string]map[string]bool, len(passages)),
		kinds: make(map[string]knowledge.Kind, len(passages)),
		order: make(map[string]int, len(passages)),

		holding: map[string][]int{},
		n:       len(passages),

		payTerms: map[string]bool{},
		heading:  map[string]map[string]bool{},
		section:  map[string]string{},

		titled:   map[string]bool{},
		adjacent: make(map[[2]string]bool, 4096),
	}
	if ix.an == nil {
		return nil, fmt.Errorf("analyzer %s not found", analyzerName)
	}
	if toks := ix.an.Analyze([]byte("salary")); len(toks) == 1 {
		ix.salaryTerm = string(toks[0].Term)
	}
	ix.marketTerms = map[string]bool{}
	ix.addTerms(ix.marketTerms, []string{"market demand outlook hiring prospects"})
	job := map[string]bool{}
	ix.addTerms(job, []string{"job"})
	for t := range job {
		ix.marketTerms[t] = false
	}
	ix.levelTerms = map[string]bool{}
	levelsHolding := map[string]int{}
	for _, p := range passages {
		if p.Kind == knowledge.KindLevel {
			named := map[string]bool{}
			ix.addTerms(named, append([]string{p.Title}, p.Keywords...))
			for t := range named {
				levelsHolding[t]++
			}
		}
	}
	for t, n := range levelsHolding {
		if n == 1 { // "medical", "practice" and "manager" are in every level's name
			ix.levelTerms[t] = true
		}
	}
	b := bi.NewBatch()
	for _, p := range passages {
		title := strings.TrimSpace(p.Title + " " + strings.Join(p.Keywords, " "))
		text := title + "\n" + p.Text
		if p.Section != p.Title {
			// A bullet's title is its own name ("Conflict Resolution"); its section
			// ("Soft Skills") says what kind of thing it is.
			text = p.Section + "\n" + text
		}
		d := doc{Title: title, Text: text, Kind: string(p.Kind)}
		if err := b.Index(p.ID, d); err != nil {
			return nil, fmt.Errorf("index passage %s: %w", p.ID, err)
		}
		ix.kinds[p.ID] = p.Kind
		ix.order[p.ID] = len(ix.order)
		ix.ids = append(ix.ids, p.ID)
		set := map[string]bool{}
		for _, w := range splitWords(strings.ToLower(d.Text)) {
			ix.vocab.add(w)
		}
		toks := ix.an.Analyze([]byte(d.Text))
		for i, tok := range toks {
			set[string(tok.Term)] = true
			// Tokens come in position order; a position may hold more than one.
			for _, next := range toks[i+1:] {
				if next.Position > tok.Position+1 {
					break
				}
				if next.Position == tok.Position+1 {
					ix.adjacent[[2]string{string(tok.Term), string(next.Term)}] = true
				}
			}
		}
		payTitle := false // "salary" in its title and keywords: faq/salary among the FAQs
		for _, tok := range ix.an.Analyze([]byte(d.Title)) {
			ix.titled[string(tok.Term)] = true
			payTitle = payTitle || string(tok.Term) == ix.salaryTerm
		}
		for t := range set {
			ix.df[t]++
			ix.holding[t] = append(ix.holding[t], len(ix.ids)-1)
		}
		ix.terms[p.ID] = set
		if p.Kind == knowledge.KindSalary || p.Kind == knowledge.KindCountry || p.SectionID == knowledge.SecSalaryOutlook ||
			p.SectionID == knowledge.SecGlobalSalaries || p.SectionID == knowledge.SecKeyFacts || p.Kind == knowledge.KindFAQ && payTitle {
			for t := range set {
				ix.payTerms[t] = true
			}
		}
		{
			own := strings.Join(p.Keywords, " ") + "\n" + p.Text
			if p.Title != p.Section {
				own = title + "\n" + p.Text
			}
			body := map[string]bool{}
			for _, tok := range ix.an.Analyze([]byte(own)) {
				body[string(tok.Term)] = true
			}
			head := map[string]bool{}
			for t := range set {
				if !body[t] {
					head[t] = true
				}
			}
			ix.heading[p.ID], ix.section[p.ID] = head, p.Section
		}
	}
	for w := range canon {
		ix.vocab.add(w)
	}
	// A stem is general only if every guide word behind it is: "clinical" is general,
	// but "clinics" shares its stem and is not.
	ix.generalTerm = map[string]bool{}
	topical := map[string]bool{}
	for w := range ix.vocab.count {
		isGeneral := canon[w] == "" && general.has(w)
		for _, tok := range ix.an.Analyze([]byte(w)) {
			if isGeneral {
				ix.generalTerm[string(tok.Term)] = true
			} else {
				topical[string(tok.Term)] = true
			}
		}
	}
	for t := range topical {
		delete(ix.generalTerm, t)
	}
	ix.niches = []niche{
		ix.newNiche(passages, knowledge.SecGlobal, "international global countries abroad"),
		ix.newNiche(passages, knowledge.SecDiversity, "diversity diverse inclusion inclusive dei equity minority minorities underrepresented bias women lgbtq black latino hispanic disability disabled veteran culture cultural fair fairness discrimination equal racism gender"),
	}
	ix.vocab.finish()
	if err := bi.Batch(b); err != nil {
		return nil, fmt.Errorf("index passages: %w", err)
	}
	if ix.store, err = bi.Advanced(); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	return ix, nil
}

// Warm compiles the phrasing rules and reads the learned model in the background.
// The first search needs them and makes them itself if they aren't ready; a server
// warms them at start-up so that its first question doesn't wait. Compiling the rules
// costs about as much as building the index, so a one-shot command that may never
// search doesn't warm them.
func (ix *Index) Warm() {
	go func() {
		rules()
		_, _ = shipped()
	}()
}

// Close releases the index.
func (ix *Index) Close() error { return ix.bi.Close() }

// splitWords splits lower-cased text into words of letters and digits; apostrophes
// inside a word stay ("bachelor's").
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// term is one analyzed word of a question.
type term struct {
	text string
	pos  int
	// context: the word is only in what the asker said before the question itself
	// ("I work in billing. How do I move up?"); it counts for less.
	context bool
	// group is 1 + the place of the first word of the run of words a phrasing rule
	// put in the question that this term comes from; 0 for the asker's own words.
	group int
	// byRule: an asker's word right beside such a run: what the rule read the phrase
	// as ("boring af", "fulfilling vocation") says what the word meant.
	byRule bool
}

// prepare turns a chat question into analyzed terms: rewrites chat phrasings, drops
// filler words, corrects typos, then runs the index's analyzer.
func (ix *Index) prepare(text string) []term {
	terms, _, _ := ix.prepareNamed(text)
	return terms
}

// intoITRE is a move into the field typed in capitals ("how do I get into IT"); in
// lower case "it" is the pronoun ("what would I need to do to get into it?"), and so
// it is when the whole message is in capitals.
var intoITRE = gate.MustCompile(`\binto IT\b`)

// prepareNamed is prepare, and says whether the question names our role and how it
// reads spelt out (lower case, chat spellings and swapped letters fixed).
func (ix *Index) prepareNamed(text string) (_ []term, roleNamed bool, spelt string) {
	if len(text) > maxQueryBytes {
		text = text[:maxQueryBytes]
	}
	if intoITRE.MatchString(text) && strings.ContainsFunc(text, unicode.IsLower) {
		text = intoITRE.ReplaceAllString(text, "into information technology")
	}
	lower := respell(strings.ToLower(text))
	spelt = ix.fixSwaps(lower)
	q := rewrite(spelt)
	named := pmSoftwareRE.ReplaceAllString(otherPracticeRoleRE.ReplaceAllString(lower, " "), " ")
	roleNamed = roleNameRE.MatchString(named) || strings.Contains(q, ourRole)
	// Our role named only as who asks, of someone else's matter ("I'm a practice
	// manager and my daughter wants to be a vet. What college should she go to?"),
	// leaves the matter the topic.
	personal := roleNamed && (thirdPersonRE.MatchString(lower) && !clientRE.MatchString(lower) || strings.Contains(q, personalFinance) || strings.Contains(q, personalLife)) && !roleNameRE.MatchString(selfIntroRE.ReplaceAllString(named, " "))
	ws := splitWords(q)
	kept, phrasing, from := ix.topicWords(ws, roleNamed, personal, false)
	if phrasing > 0 && !ix.saysTopic(kept) {
		// Only general words were left out, and what is left says nothing ("how to get
		// better at delegating", "are practices closing?"): the topic must be among
		// them. Take back those whose stem the guide uses in a few passages.
		kept, phrasing, from = ix.topicWords(ws, roleNamed, personal, true)
	}
	// A word fixSwaps corrected ("senoir") is still the asker's, not a rule's.
	groups := ruleGroups(spelt, ws)
	var asked map[string]bool // the question's own terms, when context came before it
	fullContext := false      // the background weighs as much as the question
	askedOfUs := false        // the question itself names our role
	careerMove := false       // the question asks about a step in the asker's career
	if before, question, ok := splitContext(q); ok && len(before) > 0 {
		qws := splitWords(question)
		// Rules leave runs of spaces where they took words out ("does my management
		// experience count": "management  experience"); the phrases below are the
		// asker's, one space apart.
		question := strings.Join(strings.Fields(question), " ")
		// After "I'm a practice manager.", "managers" in the question are the asker's
		// kind ("Are managers really responsible for the finances?").
		askedOfUs = roleNameRE.MatchString(question) || ourFieldRE.MatchString(question) || ourStepRE.MatchString(question) || strings.Contains(question, ourRole) ||
			roleNamed && managersRE.MatchString(question)
		intro := introOnly(q, spelt, before, question)
		// A clinical background asked about ("Would my clinical background help or
		// hurt?") is the guide's word on coming from clinical work, unless it is
		// wanted for something else ("... clinical experience to date a nurse?").
		careerMove = careerMoveRE.MatchString(question) || intoOurFieldRE.MatchString(lower) || intro ||
			clinicalBackgroundRE.MatchString(question) && !otherPurposeRE.MatchString(question)
		if roleNamed && !askedOfUs && !pointsBackRE.MatchString(question) {
			// Our role named only in the background ("I run a clinic in Ohio. Who's
			// going to win the election?") is who asks: a question that is all
			// another subject's is that subject's.
			words, _, _ := ix.topicWords(qws, false, false, false)
			toks := ix.an.Analyze([]byte(strings.Join(words, " ")))
			if len(toks) > 0 && !slices.ContainsFunc(toks, func(tok *analysis.Token) bool { return !strings.HasPrefix(string(tok.Term), otherJobMark) }) {
				// The other subject is the whole question: said so, a search reports
				// it off topic, and no shortcut answers it from a place it names ("my
				// sister is a nurse in Texas. How much do nurses make there?").
				return []term{{text: string(toks[0].Term)}}, roleNamed, spelt
			}
		}
		if words, ph, _ := ix.topicWords(qws, roleNamed, personal, false); len(words) > 0 {
			asked = map[string]bool{}
			ix.addTerms(asked, words)
			// A question whose own words are all another subject's ("Is it safe to swim
			// after eating?") is not about the background, unless it points back at it.
			if len(asked) == 0 && ph >= 2 && !pointsBackRE.MatchString(question) {
				return nil, roleNamed, spelt
			}
			// A question that says nothing by itself ("Is this job for me?", "Which one
			// first?") is about what came before it.
			fullContext = !ix.saysTopic(words)
			if ss := sentence.Split(before); fullContext && len(ss) >= 2 && possibleRE.MatchString(question) {
				// "... I'd like to move into managing a practice but I don't want to
				// give up working from home. Is that possible?": "that" is the wish
				// said last; what came before it is background to both. (Other
				// questions that point back, "is it always this hard?", may mean
				// the whole story.)
				last, _, _ := ix.topicWords(splitWords(ss[len(ss)-1]+" "+question), roleNamed, personal, false)
				if ix.addTerms(asked, last) > 0 {
					fullContext = false
				}
			}
		}
		if (asked == nil || fullContext) && !intro && ix.aboutOtherMatter(before, question) {
			// "I'm a billing specialist. My car got towed. How do I get it back?"
			return nil, roleNamed, spelt
		}
	}
	// A question only about pay after a background ("I know CPT and ICD-10 inside
	// and out. How much would I make as a practice manager?") asks for figures the
	// background can't change unless it names what they vary by (a place, years, a
	// kind of practice); its other words would carry it to the skills it names.
	payOnly := asked != nil && !fullContext && len(asked) == 1 && asked[ix.salaryTerm]
	// So is a question only about the job market ("I've been a senior manager for 8
	// years. Is the job market bad right now?"): the level told is who asks.
	marketOnly, saysMarket := asked != nil && !fullContext, false
	for t := range asked {
		says, ok := ix.marketTerms[t]
		marketOnly, saysMarket = marketOnly && ok, saysMarket || says
	}
	marketOnly = marketOnly && saysMarket
	var out []term
	seen := map[string]bool{}
	kept, from = joinCompounds(kept, from)
	toks := ix.an.Analyze([]byte(strings.Join(kept, " ")))
	ownToks := true
	if len(toks) == 0 && (roleOnly.MatchString(lower) || roleNamed && phrasing == 0) && !personalRE.MatchString(q) {
		ownToks = false
		// Nothing but the role's name ("mpm?", "explain what a practice manager is"):
		// what the role is.
		toks = ix.an.Analyze([]byte("pivotal administrative leader"))
	}
	for _, tok := range toks {
		t := string(tok.Term)
		if seen[t] {
			continue
		}
		seen[t] = true
		context := asked != nil && !asked[t]
		if context && (payOnly && !ix.payTerms[t] && !strings.HasPrefix(t, otherJobMark) || marketOnly && ix.levelTerms[t]) {
			continue
		}
		if context && ix.df[t] == 0 && !strings.HasPrefix(t, otherJobMark) {
			// A word of the background the guide never uses ("I finish my BS this
			// spring") can't be answered and isn't what is asked.
			continue
		}
		if (context || asked == nil) && (askedOfUs || careerMove && !ownMatter(t)) && strings.HasPrefix(t, otherJobMark) {
			// Another job or kind of practice the asker comes from, when the question
			// asks about ours ("I manage a law office. Would that count for a medical
			// practice?") or about a move in their career ("I'm a respiratory
			// therapist and I train new hires. Is that enough management experience
			// to apply?"): where they start, not what they ask about. So it is when
			// the question adds nothing of its own ("20 years as a retail store manager
			// but zero healthcare ... What am I missing?").
			continue
		}
		if fullContext {
			context = false
		}
		g, by := 0, false
		if ownToks {
			i := from[wordAt(kept, tok.Start)]
			g = groups[i]
			by = g == 0 && besideRule(ws, groups, i)
		}
		out = append(out, term{text: t, pos: tok.Position, context: context, group: g, byRule: by})
	}
	return out, roleNamed, spelt
}

// addTerms adds the analyzed terms of words to set, and says how many terms the
// words make.
func (ix *Index) addTerms(set map[string]bool, words []string) int {
	toks := ix.an.Analyze([]byte(strings.Join(words, " ")))
	for _, tok := range toks {
		set[string(tok.Term)] = true
	}
	return len(toks)
}

// ruleGroups says, for each word of ws (the rewritten question), which run of words
// a phrasing rule put in it the word belongs to: 1 + the run's first place, or 0
// for a word the asker typed (lower holds it).
func ruleGroups(lower string, ws []string) []int {
	own := map[string]bool{}
	for _, w := range splitWords(lower) {
		own[w] = true
	}
	groups := make([]int, len(ws))
	for i, w := range ws {
		switch {
		case own[w]:
		case i > 0 && groups[i-1] > 0:
			groups[i] = groups[i-1]
		default:
			groups[i] = i + 1
		}
	}
	return groups
}

// besideRule: ws[i] stands beside a run of words a rule put in, with at most two
// small words between ("room for [...]", "[...] in one place").
func besideRule(ws []string, groups []int, i int) bool {
	for _, step := range []int{-1, 1} {
		for j, n := i+step, 0; j >= 0 && j < len(ws) && n <= 2; j, n = j+step, n+1 {
			if groups[j] > 0 {
				return true
			}
			if !glueWords[ws[j]] && !chatWords[ws[j]] && !determiners[ws[j]] {
				break
			}
		}
	}
	return false
}

// glueWords are the small words that may stand between a word and the phrase a rule
// read without making it another subject ("room for [...]"); see besideRule.
var glueWords = wordSet(`in on at for of to from with by as is are was be it its it's and or but if while
	so than then do does did i you me my we our they them their he she his her`)

// joinCompounds writes "work life" as the analyzer's char filter does, "worklife", so
// that the analyzer's offsets fall in the words given it (see wordAt).
func joinCompounds(kept []string, from []int) ([]string, []int) {
	for i := 0; i+1 < len(kept); i++ {
		if kept[i] == "work" && kept[i+1] == "life" {
			kept = slices.Delete(kept, i+1, i+2)
			from = slices.Delete(from, i+1, i+2)
			kept[i] = "worklife"
		}
	}
	return kept, from
}

// wordAt is the place, among words joined by single spaces, of the word holding
// byte offset at.
func wordAt(words []string, at int) int {
	off := 0
	for i, w := range words {
		off += len(w) + 1
		if at < off {
			return i
		}
	}
	return len(words) - 1
}

// splitContext splits a message into its question and the rest, the background (what a
// person says before their last question is context): the question is the last
// sentence with a question mark, or else the last sentence. ok
// is false for a message of one sentence.
func splitContext(text string) (before, question string, ok bool) {
	sentences := sentence.Split(text)
	if len(sentences) == 0 {
		return "", "", false
	}
	at := len(sentences) - 1
	for i := len(sentences) - 1; i >= 0; i-- {
		if strings.Contains(sentences[i], "?") {
			at = i
			break
		}
	}
	before, question = strings.Join(sentences[:at], " "), sentences[at]
	// What the asker says of themselves after the question ("What cert should I get?
	// I'm a billing lead.") is background as much as what comes before it; anything
	// else after it ("... the life? helping the patients") goes on with the question.
	for _, s := range sentences[at+1:] {
		if aboutMeRE.MatchString(s) {
			before = strings.TrimSpace(before + " " + s)
		} else {
			question += " " + s
		}
	}
	// "I've worked as a coordinator for three years and I'm wondering what certification
	// would help": the question starts where the asker says it does.
	if loc := askingRE.FindStringIndex(question); loc != nil && loc[0] > 0 && loc[1] < len(question) {
		before, question = strings.TrimSpace(before+" "+question[:loc[0]]), question[loc[1]:]
	} else if m := askedBackRE.FindStringSubmatchIndex(question); m != nil {
		at := m[2*askedBackRE.SubexpIndex("q")]
		before, question = strings.TrimSpace(before+" "+question[:at]), question[at:]
	} else if loc := hereRE.FindStringIndex(question); loc != nil && loc[1] < len(question) {
		before, question = strings.TrimSpace(before+" "+question[:loc[1]]), question[loc[1]:]
	}
	if before == "" {
		return "", "", false
	}
	return before, question, true
}

// aboutOtherMatter: question, which says nothing by itself ("How do I get it
// back?"), follows a sentence that is all another matter's: every word of it is
// one the guide never uses, and there are two or more ("My car got towed."). It is
// that matter the question asks about, not the background before it.
func (ix *Index) aboutOtherMatter(before, question string) bool {
	if pointsBackRE.MatchString(question) {
		return false
	}
	last := sentence.Last(before)
	if strings.Contains(last, personalLife) || strings.Contains(last, personalMatter) || strings.Contains(last, personalFinance) {
		// A rule found the asker's own matter there ("My apartment has mold. Who do
		// I call?"), though it left too few words to count.
		return true
	}
	words, _, _ := ix.topicWords(splitWords(last), false, false, false)
	toks := ix.an.Analyze([]byte(strings.Join(words, " ")))
	return len(toks) >= 2 && !slices.ContainsFunc(toks, func(tok *analysis.Token) bool { return ix.df[string(tok.Term)] > 0 })
}

// aboutMeRE: a sentence the asker says of themselves, or of their people.
var aboutMeRE = gate.MustCompile(`^\W*(i|i'?m|im|i'?ve|ive|i'?d|my|we|we'?re|our|currently|right now)\b`)

// possibleRE asks whether what was just said can be done.
var possibleRE = gate.MustCompile(`^\W*(is|would|will|could|can) (that|this) (even |really |actually )?(be )?(possible|realistic|doable|feasible|an option|allowed|a thing)\W*$`)

// hereRE opens a message with who the asker is, chat style: "hotel manager here,".
var hereRE = gate.MustCompile(`^\W*([a-z'-]+\s+){1,6}here\s*[,;:-]\s*`)

// askedBackRE is a sentence that says who the asker is, then, after a comma, asks
// about it, what it lacks or how to move on from it ("I'm an office manager at a
// vet clinic, is that relevant experience", "I'm a coder and want to manage, do I
// need a bachelor's?"): the question is the part after the comma, as it would be
// after a full stop. Other questions after a comma ("I'm a single mom, how do I
// manage my kids' schedules?") stay one sentence: the background is what they ask
// about.
var askedBackRE = gate.MustCompile(`^\W*((i'?m|im|i am|i'?ve|ive|i have|i work|i was|former|ex-?|retired)\b[^?.!,;]+)\s*[,;]\s*(?P<q>(is|does|would|will|could|can|should) (that|this|it|my \w+)\b|do i (still )?(need|have to|require)\b|(how long|timeline)\s+(will|would|does|could|might)\s+(it|this|that|the (switch|move|change|transition|career change)|my (switch|move|transition|career change))\s+take\b|what (would|will|do|should) i (need|have) to (learn|know|study)\b|(can|could) i (become|switch|move|get into|transition|break into)\b)`)

// askingRE introduces the question inside a sentence of background.
var askingRE = gate.MustCompile(`\b(and |so |but )?(i'?m|im|i am|i was|i'?ve been) (just |really )?(wondering|curious)( about| if| whether)?\b|\bi'?d (like|love) to know\b|\bi (want|need) to know\b|,\s*(and )?(wants|needs|would like) to know\b|\bmy question is\b`)

// topicWords keeps the words of ws that can say what a question is about: filler,
// stray letters and figures go, typos are corrected, and unknown words that are only
// phrasing are dropped (and counted), but for a general adjective that gives a guide
// noun another sense ("nervous system") and, with rareStems, general words whose stem
// is rare in the guide. Another job is the topic unless our role is named too; with
// keepPersonal (the question is someone else's: "I'm a practice manager and my
// teenage son wants to be a pilot"), another job or a personal matter is even then.
func (ix *Index) topicWords(ws []string, roleNamed, keepPersonal, rareStems bool) (kept []string, phrasing int, from []int) {
	for i, w := range ws {
		w = strings.Trim(w, "'")
		if len([]rune(w)) < 2 || chatWords[w] || w == ourRole || isNumber(w) || isThousands(w) && ix.vocab.count[w] == 0 {
			continue // stray letters ("mpm's"), filler, figures ("6 years", a "70k" the guide never gives)
		}
		if ix.vocab.count[w] == 0 && !isEnglish(w) && chatTypo(w) {
			continue // misspelt filler ("reccomendations")
		}
		if occupations[w] && !(i > 0 && (w == "model" || w == "models") && ix.guidePhrase(ws[i-1], w)) {
			if roleNamed && w != ownWorkplace && w != otherPractice && w != outsideGuide && !keepPersonal {
				continue // compared with ours ("mpm vs nurse pay"): ours is the topic
			}
			// Another job: what the question is about, and never what a passage means
			// by the word. It stays unknown, so it weighs as the question's topic.
			kept, from = append(kept, otherJobMark+w), append(from, i)
			continue
		}
		if ix.otherKindOfPractice(ws, i) {
			kept, from = append(kept, otherJobMark+otherPractice), append(from, i)
			continue
		}
		if len(w) >= 4 && strings.HasSuffix(w, "in") && ix.vocab.count[w] == 0 && !isEnglish(w) && isEnglish(w+"g") {
			w += "g" // the g people drop in chat: "lookin", "thinkin", "doin"; not "win"
		}
		w = ix.vocab.correct(w)
		if ix.vocab.count[w] == 0 && canon[w] == "" {
			if general.has(w) && !occupations[w] && !(rareStems && ix.rareStem(w)) && !ix.modifiesGuideNoun(ws, i) && !ix.gerundTopic(ws, i) {
				phrasing++
				continue // phrasing, not topic: see general
			}
			w = ix.vocab.relative(w)
		}
		kept, from = append(kept, w), append(from, i)
	}
	return kept, phrasing, from
}

// guidePhrase reports whether the guide says a and b side by side: "payer models"
// and "care models" are the guide's, not the job of modelling. (Only for models: a
// "healthcare consultant" is another job though the guide says "healthcare
// consulting".)
func (ix *Index) guidePhrase(a, b string) bool {
	ta, tb := ix.an.Analyze([]byte(a)), ix.an.Analyze([]byte(b))
	return len(ta) == 1 && len(tb) == 1 && ix.adjacent[[2]string{string(ta[0].Term), string(tb[0].Term)}]
}

// modifiesGuideNoun: ws[i], a general word the guide never uses, stands right before
// a noun the guide does use, and so gives it a sense the guide doesn't have: "nervous
// system", "electoral system", "solar system". Such a word is the topic, not phrasing.
func (ix *Index) modifiesGuideNoun(ws []string, i int) bool {
	if i+1 >= len(ws) || !adjectiveLike(ws[i]) {
		return false
	}
	next := strings.Trim(ws[i+1], "'")
	return ix.vocab.count[next] > 0 && !chatWords[next] && !general.has(next) && canon[next] == ""
}

// otherKindOfPractice: ws[i], an English word the guide never uses and no medical
// specialty, names the practice after it: "yoga practice", "piano practice", "tattoo
// practice". A medical specialty ("dermatology practice") is one of ours.
func (ix *Index) otherKindOfPractice(ws []string, i int) bool {
	if i+1 >= len(ws) || ws[i+1] != "practice" && ws[i+1] != "practices" {
		return false
	}
	w := ws[i]
	return ix.vocab.count[w] == 0 && canon[w] == "" && !general.has(w) && !medicalSpecialties[w] && !indefinites[w] &&
		isEnglish(w) && ix.vocab.correct(w) == w
}

// gerundTopic: ws[i] is a verb's -ing form in a noun's place ("is knitting stressful",
// "skills for gardening", "interested in fishing"): the activity is what is asked
// about, not phrasing. A gerund the guide has a relative of ("better at
// delegating") still finds it.
func (ix *Index) gerundTopic(ws []string, i int) bool {
	if i == 0 || len(ws[i]) <= 5 || !strings.HasSuffix(ws[i], "ing") || !gerundSlot[ws[i-1]] {
		return false
	}
	// "Is knitting ...?" asks about knitting; "how important is knowing billing" asks
	// about billing.
	if ws[i-1] == "is" && i > 1 {
		return false
	}
	// Followed by a word of the guide's, it is a verb with its object ("tips for
	// running budgets"): the object is the topic. An adjective says something of it
	// ("knitting stressful").
	if i+1 < len(ws) {
		next := strings.Trim(ws[i+1], "'")
		if chatWords[next] || determiners[next] {
			return false // "does running a marathon ...": the object is the topic
		}
		if ws[i-1] == "does" { // "how much does knitting cost"
			return true
		}
		return ix.vocab.count[next] == 0 || adjectiveLike(next)
	}
	return true
}

// indefinites end a sentence as often as they name something: "heard nothing.
// Practices seek ..." is no kind of practice.
var indefinites = wordSet(`nothing something anything everything none`)

var determiners = wordSet(`a an the my your his her their our this that these those some any`)

var gerundSlot = wordSet(`is does for of about at with into like enjoy love hate learn learning started
		start try trying in`)

// medicalSpecialties name practices a practice manager runs, the guide's word for them
// or not.
var medicalSpecialties = wordSet(`dermatology derm pediatric pediatrics paediatric peds orthopedic orthopedics ortho
	orthopaedic cardiology cardio oncology urology neurology gastroenterology gastro gi ent otolaryngology obgyn
	gynecology obstetrics ob psychiatry psychiatric psych radiology imaging ophthalmology ophthalmic podiatry
	podiatric rheumatology endocrinology nephrology pulmonology allergy immunology pain anesthesia surgical surgery
	plastic cosmetic aesthetic fertility ivf sleep wound urgent primary internal geriatric geriatrics behavioral
	hospice rehab rehabilitation spine vascular infectious hematology concierge telehealth medicine`)

// adjectiveLike: w ends the way English adjectives do. The general list holds verbs
// and adverbs too, and a verb before a guide noun ("move into consulting", "plan
// budgets") is phrasing.
func adjectiveLike(w string) bool {
	for _, suffix := range []string{"ous", "al", "ive", "ic", "ar", "ary", "ory", "ful", "less", "able", "ible"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// saysTopic: some of words is a term most of the guide's passages don't share (not
// "practice" or "manager").
func (ix *Index) saysTopic(words []string) bool {
	for _, tok := range ix.an.Analyze([]byte(strings.Join(words, " "))) {
		if df := ix.df[string(tok.Term)]; df == 0 || df*2 < ix.n {
			return true
		}
	}
	return false
}

// rareStem: w, a general word the guide doesn't use, shares its stem with a word the
// guide uses in a few passages only ("delegating" and "delegate", "consolidating" and
// "consolidate").
func (ix *Index) rareStem(w string) bool {
	toks := ix.an.Analyze([]byte(w))
	if len(toks) != 1 {
		return false
	}
	df := ix.df[string(toks[0].Term)]
	return df > 0 && df <= 3
}

// chatTypo: w is a misspelling of a long filler word. Short ones are left alone:
// too many real words sit one letter from "want" or "make".
func chatTypo(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, cw := range longChatWords {
		if fuzzy.SameStart(w, cw) && fuzzy.Within(w, cw) {
			return true
		}
	}
	return false
}

func (ix *Index) idf(t string) float64 {
	df := float64(ix.df[t])
	return math.Log(1 + (float64(ix.n)-df+0.5)/(df+0.5))
}

func (ix *Index) weight(t string) float64 {
	if ix.df[t] == 0 {
		return weightUnknown
	}
	if ix.generalTerm[t] {
		return ix.idf(t) * weightGeneral
	}
	return ix.idf(t)
}

// termWeight is weight, less for words of the context before the question.
func (ix *Index) termWeight(t term) float64 {
	if t.context {
		return ix.weight(t.text) * weightContext
	}
	return ix.weight(t.text)
}

// isThousands: a figure in thousands, "70k".
func isThousands(w string) bool {
	return len(w) > 1 && w[len(w)-1] == 'k' && isNumber(w[:len(w)-1])
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// countContext is how many of terms are the background's.
func countContext(terms []term) int {
	n := 0
	for _, t := range terms {
		if t.context {
			n++
		}
	}
	return n
}

// minCoverageFor is the share of a question the best passage must cover. Long messages
// carry context ("I'm a nurse, burned out on bedside care, could I ...") that no
// passage covers, so the bar lowers as the question grows.
func minCoverageFor(terms int) float64 {
	switch {
	case terms >= 6:
		return minCoverage * 0.7
	case terms >= 4:
		return minCoverage * 0.85
	}
	return minCoverage
}

// coverage is, for each passage (by its place in the guide), the IDF-weighted share
// of the question's terms it holds. Search's hits and the learned model's candidates
// all need it, so it is computed once per question, from the passages each term is in.
func (ix *Index) coverage(terms []term) []float64 { return ix.shares(terms, ix.termWeight) }

// shares is, for each passage, the share of the question's weight (each term
// weighing weight(t)) that it holds.
func (ix *Index) shares(terms []term, weight func(term) float64) []float64 {
	cov := make([]float64, len(ix.ids))
	var total float64
	for _, t := range terms {
		w := weight(t)
		if w == 0 {
			continue
		}
		total += w
		for _, p := range ix.holding[t.text] {
			cov[p] += w
		}
	}
	if total > 0 {
		for p := range cov {
			cov[p] /= total
		}
	}
	return cov
}

// strayWord: the question, asked without background, has a word of the asker's the
// guide never uses that no phrasing rule read.
func (ix *Index) strayWord(terms []term) bool {
	if slices.ContainsFunc(terms, func(t term) bool { return t.context }) {
		return false
	}
	return slices.ContainsFunc(terms, func(t term) bool {
		return t.group == 0 && !t.byRule && ix.df[t.text] == 0 && !strings.HasPrefix(t.text, otherJobMark)
	})
}

// unitCoverage is coverage with each run of words a phrasing rule put in the
// question counted as one word of the asker's, as heavy as its heaviest term: a rule
// spells out what a phrase means in the guide's words ("in japan": "international
// asia pacific"), and those must not outweigh a word of the asker's the guide never
// uses ("best food to try in japan").
func (ix *Index) unitCoverage(terms []term) (cov []float64, units int) {
	groupW := map[int]float64{}   // a group's weight as one word
	groupSum := map[int]float64{} // the sum of its terms' weights
	for _, t := range terms {
		switch {
		case t.group > 0:
			w := ix.termWeight(t)
			groupW[t.group] = max(groupW[t.group], w)
			groupSum[t.group] += w
		case !(t.byRule && ix.df[t.text] == 0):
			units++
		}
	}
	cov = ix.shares(terms, func(t term) float64 {
		switch {
		case t.group > 0:
			return ix.termWeight(t) * groupW[t.group] / groupSum[t.group]
		case t.byRule && ix.df[t.text] == 0:
			return 0 // the rule's: see byRule
		}
		return ix.termWeight(t)
	})
	return cov, units + len(groupW)
}

// Search finds up to limit passages that answer text, best first, or none when the
// guide has no good answer; knowledge.ErrOffTopic when the question is about another
// job or subject. kinds, if given, restricts the passages searched. Any text is
// accepted: it never reaches a query parser.
func (ix *Index) Search(ctx context.Context, text string, limit int, kinds ...knowledge.Kind) ([]knowledge.Match, error) {
	terms, roleNamed, spelt := ix.prepareNamed(text)
	if len(terms) == 0 || limit <= 0 {
		return nil, nil
	}
	if aboutAnotherJob(terms) {
		return nil, knowledge.ErrOffTopic
	}
	if !ix.answersAlone(terms, kinds) {
		return nil, nil
	}
	q := ix.query(terms, kinds)
	if q == nil {
		return nil, nil
	}
	hits, err := ix.hits(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if len(hits) == 0 {
		return nil, nil
	}
	// Rerank: BM25 says how well a passage matches the words it shares with the
	// question; coverage says how much of the question it answers. Passages that
	// cover too little are dropped, and none left means abstain rather than offer the
	// least bad passage.
	top := hits[0].Score
	lower := strings.ToLower(text)
	howDoI := howDoIRE.MatchString(lower)
	// "Why is pay in Brazil so low?" asks for the reasons beside the figures, not for
	// the figures again.
	why := whyRE.MatchString(lower)
	payQ := slices.ContainsFunc(terms, func(t term) bool { return t.text == ix.salaryTerm })
	asks := make([]bool, len(ix.niches))
	for i, n := range ix.niches {
		asks[i] = slices.ContainsFunc(terms, func(t term) bool { return n.terms[t.text] })
	}
	covs := ix.coverage(terms)
	if !roleNamed && ix.strayWord(terms) {
		units, n := ix.unitCoverage(terms)
		if !slices.ContainsFunc(hits, func(h knowledge.Match) bool { return units[ix.order[h.ID]] >= minCoverageFor(n) }) {
			return nil, nil
		}
	}
	// A long background can hold more weight than the question after it: a passage
	// that answers the question's own words well is kept however little of the
	// background it shares ("I got laid off ... I'm good at budgets, vendor contracts
	// and scheduling. Is there a faster route into practice management?").
	// It takes two words of the question's own: one ("I'm planning a trip to
	// Germany. What should I see?") is too little to answer on.
	var ownCovs []float64
	if own := len(terms) - countContext(terms); own >= 2 && own < len(terms) {
		ownCovs = ix.shares(terms, func(t term) float64 {
			if t.context {
				return 0
			}
			return ix.weight(t.text)
		})
	}
	var out []knowledge.Match
	for _, h := range hits {
		cov := covs[ix.order[h.ID]]
		if cov < minCoverageFor(len(terms)) && (ownCovs == nil || ownCovs[ix.order[h.ID]] < minCoverage) {
			continue
		}
		out = append(out, knowledge.Match{ID: h.ID, Score: cov * cov * cov * h.Score / top})
	}
	out, picks := ix.rerank(out, spelt, terms, kinds, why, covs)
	for i := range out {
		id := out[i].ID
		switch kind := ix.kinds[id]; {
		case (kind == knowledge.KindSalary || kind == knowledge.KindCountry) && why:
			out[i].Score *= priorWhyFigures
		case (kind == knowledge.KindSalary || kind == knowledge.KindCountry) && !payQ:
			out[i].Score *= priorFigures
		case kind == knowledge.KindFAQ:
			out[i].Score *= priorFAQ
		case kind == knowledge.KindFact && !payQ:
			out[i].Score *= priorFacts
		case howDoI && (kind == knowledge.KindStep || strings.HasPrefix(id, knowledge.SecHowToBecome+"/")):
			out[i].Score *= priorSteps
		}
		for j, n := range ix.niches {
			if n.passages[id] != asks[j] { // abroad questions get abroad passages, and the reverse
				out[i].Score *= priorNiche
			}
		}
	}
	ix.byHeading(out, terms)
	slices.SortFunc(out, func(a, b knowledge.Match) int {
		// Scores within rounding of each other are equal: which query clauses
		// could match changes their last bits, and must not change the order.
		if math.Abs(a.Score-b.Score) > 1e-9*max(a.Score, b.Score) {
			return cmp.Compare(b.Score, a.Score)
		}
		return cmp.Compare(ix.order[a.ID], ix.order[b.ID])
	})
	for i := range out {
		if out[i].Score < 0.15*out[0].Score {
			out = out[:i]
			break
		}
	}
	out = secondOpinion(out, picks)
	return out[:min(limit, len(out))], nil
}

// answersAlone: a question that says what it is about after a line of background
// ("I'm studying healthcare administration. Who won the world cup?") has an answer
// only if it has one by itself; the background can't answer it, and would otherwise
// carry it to a passage about the background. A question that says nothing by itself
// ("Is this job for me?") has no terms of context and is not asked. "Has one" is
// Search's own bar, that some passage covers enough of it, without the search:
// every question with background would otherwise cost two.
func (ix *Index) answersAlone(terms []term, kinds []knowledge.Kind) bool {
	if !slices.ContainsFunc(terms, func(t term) bool { return t.context }) {
		return true
	}
	// The question's own terms are those prepare read from it: rules that span the
	// background and the question ("I have a foreign MBA. Will employers accept
	// it?") have already said what it asks.
	own := slices.DeleteFunc(slices.Clone(terms), func(t term) bool { return t.context })
	if len(own) == 0 {
		return false
	}
	if aboutAnotherJob(own) {
		return true // the whole message decides that, and already has
	}
	minCov := minCoverageFor(len(own))
	for p, c := range ix.coverage(own) {
		if c >= minCov && (len(kinds) == 0 || slices.Contains(kinds, ix.kinds[ix.ids[p]])) {
			return true
		}
	}
	return false
}

// query asks Bleve for passages holding the terms: each term in the title and the
// text, adjacent pairs as phrases, only among kinds if any are given. Nil when no
// clause can match.
func (ix *Index) query(terms []term, kinds []knowledge.Kind) query.Query {
	var should []query.Query
	for i, t := range terms {
		for _, f := range []struct {
			field string
			boost float64
		}{{"title", boostTitle}, {"text", boostText}} {
			if f.field == "title" && !ix.titled[t.text] || ix.df[t.text] == 0 {
				continue
			}
			tq := query.NewTermQuery(t.text)
			tq.SetField(f.field)
			tq.SetBoost(f.boost)
			if t.context {
				tq.SetBoost(f.boost * weightContext)
			}
			should = append(should, tq)
		}
		if i > 0 && t.pos == terms[i-1].pos+1 && ix.adjacent[[2]string{terms[i-1].text, t.text}] {
			pq := query.NewPhraseQuery([]string{terms[i-1].text, t.text}, "text")
			pq.SetBoost(boostPhrase)
			should = append(should, pq)
		}
	}
	if len(should) == 0 {
		return nil
	}
	var q query.Query = query.NewDisjunctionQuery(should)
	if len(kinds) > 0 {
		ks := make([]query.Query, len(kinds))
		for i, k := range kinds {
			tq := query.NewTermQuery(string(k))
			tq.SetField("kind")
			ks[i] = tq
		}
		q = query.NewConjunctionQuery([]query.Query{q, query.NewDisjunctionQuery(ks)})
	}
	return q
}

// bm25 tells Bleve's term searchers to score with BM25, as the mapping asks.
var bm25 = blevesearch.GetScoringModelCallbackFn(func() string { return bleveindex.BM25Scoring })

// before orders candidates: higher score first, equal scores in the guide's order.
// Bleve breaks ties by its document numbers, and a batch numbers its documents in
// map order, different on every start: with ties at the last candidate, the same
// question could get different answers from one run to the next.
func (ix *Index) before(a, b knowledge.Match) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return ix.order[a.ID] < ix.order[b.ID]
}

// hits runs q with Bleve's own searchers and scoring and keeps the best candidates,
// best first, ties in the guide's order. It is what SearchInContext does for this
// query, without what this index never uses (stored fields, highlighting,
// facets, sorting, cost accounting): a search request preallocates a match per
// candidate and loads every hit's stored fields, which cost a guide-sized index more
// than finding its matches does.
func (ix *Index) hits(ctx context.Context, q query.Query) ([]knowledge.Match, error) {
	r, err := ix.store.Reader()
	if err != nil {
		return nil, fmt.Errorf("open reader: %w", err)
	}
	defer r.Close()
	ctx = context.WithValue(ctx, blevesearch.GetScoringModelCallbackKey, bm25)
	s, err := q.Searcher(ctx, r, ix.bi.Mapping(), blevesearch.SearcherOptions{})
	if err != nil {
		return nil, fmt.Errorf("build searcher: %w", err)
	}
	defer s.Close()
	sctx := &blevesearch.SearchContext{DocumentMatchPool: blevesearch.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	var top []knowledge.Match
	for {
		dm, err := s.Next(sctx)
		if err != nil {
			return nil, fmt.Errorf("next match: %w", err)
		}
		if dm == nil {
			return top, nil
		}
		score := dm.Score
		if len(top) < candidates || score >= top[len(top)-1].Score {
			id, err := r.ExternalID(dm.IndexInternalID)
			if err != nil {
				return nil, fmt.Errorf("passage id: %w", err)
			}
			m := knowledge.Match{ID: id, Score: score}
			at := len(top)
			for at > 0 && ix.before(m, top[at-1]) {
				at--
			}
			top = slices.Insert(top, at, m)[:min(len(top)+1, candidates)]
		}
		sctx.DocumentMatchPool.Put(dm)
	}
}

// ownWorkplace marks trouble with the asker's own manager or colleagues: naming the
// role ("my practice manager is rude") doesn't make it the guide's, where naming it
// beside another job ("I hate my job as a nurse, could I become a practice manager?")
// does.
const ownWorkplace = "ownworkplace"

// ourRole is what a phrasing rule adds when a question is about this job without naming
// it ("Eight years as a logistics officer. Transferable?"): the job in the asker's
// background is then background, not the subject. It is no word of the question.
const ourRole = "ourrole"

// outsideGuide marks a duty people ask of our role that the guide never describes
// ("do practice managers handle the clinic's marketing?"): naming the role doesn't
// give the guide an answer, and the duties it does list are no answer either.
const outsideGuide = "outsideguide"

// otherPractice marks another kind of practice ("a veterinary practice manager's pay",
// "opening a law practice"): naming our role's words doesn't make it ours.
const otherPractice = "otherpractice"

// ownMatter: t is the analyzed mark of the asker's own matter (personalmatter,
// personalfinance, personallife, ownworkplace) rather than another occupation. Marks are stemmed
// like any word ("personalmatt"), so they are known by their start.
func ownMatter(t string) bool {
	t = strings.TrimPrefix(t, otherJobMark)
	return strings.HasPrefix(t, "personal") || strings.HasPrefix(t, "ownwork")
}

// otherJobMark prefixes another occupation or subject among a question's terms. No
// stem of an English word starts with it: the guide's own "occupational" must not
// read as another job.
const otherJobMark = "zzother"

// aboutAnotherJob: a question about another occupation that doesn't name ours ("a cover
// letter for a barista job") is not one the guide answers, whatever else it shares.
// prepare marks such words only when our role is not named.
func aboutAnotherJob(terms []term) bool {
	return slices.ContainsFunc(terms, func(t term) bool { return strings.HasPrefix(t.text, otherJobMark) })
}

// byHeading gives passages that match a question only through their shared heading
// ("the cons?", "what technical skills") the best score among them, so they rank in
// the guide's order rather than shortest first: the guide puts first what matters most.
func (ix *Index) byHeading(out []knowledge.Match, terms []term) {
	best := map[string]float64{}
	only := make([]bool, len(out))
	for i, m := range out {
		head := ix.heading[m.ID]
		if head == nil {
			continue
		}
		only[i] = true
		for _, t := range terms {
			// A term in a third of the guide or more ("job") tells no passage apart.
			if ix.terms[m.ID][t.text] && !head[t.text] && ix.df[t.text]*3 < ix.n {
				only[i] = false
				break
			}
		}
		if only[i] {
			s := ix.section[m.ID]
			best[s] = max(best[s], m.Score)
		}
	}
	for i := range out {
		if only[i] {
			out[i].Score = best[ix.section[out[i].ID]]
		}
	}
}

// niche is a part of the guide written for some askers only, and the words that show a
// question is theirs: the words only its passages use ("visa", "ielts", "canada";
// "erg", "lgbtq") and a few more. Its passages yield to others for questions without
// those words, and others yield to them for questions with them.
type niche struct {
	passages map[string]bool
	terms    map[string]bool
}

// newNiche is the niche of the passages under the same top-level heading as section.
// A guide without the section has an empty niche.
func (ix *Index) newNiche(passages []knowledge.Passage, section, words string) niche {
	n := niche{passages: map[string]bool{}, terms: map[string]bool{}}
	group := ""
	for _, p := range passages {
		if p.SectionID == section {
			group = p.Group
		}
	}
	if group == "" {
		return n
	}
	for _, p := range passages {
		if p.Group == group {
			n.passages[p.ID] = true
		}
	}
	elsewhere := map[string]bool{}
	for id, set := range ix.terms {
		if !n.passages[id] {
			for t := range set {
				elsewhere[t] = true
			}
		}
	}
	for id := range n.passages {
		for t := range ix.terms[id] {
			if !elsewhere[t] {
				n.terms[t] = true
			}
		}
	}
	for _, tok := range ix.an.Analyze([]byte(words)) {
		n.terms[string(tok.Term)] = true
	}
	return n
}

// pointsBackRE: a question that points back at its background ("Is that something a
// manager fixes?") is about it, whatever words it asks with.
var pointsBackRE = gate.MustCompile(`\b(that|this|these|those|such)\b`)
