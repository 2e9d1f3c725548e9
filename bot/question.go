package bot

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/mpmcoach/mpmcoach/internal/fuzzy"
	"github.com/mpmcoach/mpmcoach/internal/gate"
	"github.com/mpmcoach/mpmcoach/internal/phrase"
	"github.com/mpmcoach/mpmcoach/internal/sentence"
	"github.com/mpmcoach/mpmcoach/knowledge"
)

// howManyMoneyRE counts money: "how many quid a year do pms pull in".
var howManyMoneyRE = gate.MustCompile(`\bhow many (quid|bucks|dollars|pounds|euros|grand|reais|k)\b`)

// howMuchPaid is a pay question that names no pay word: "how much do directors make".
// Said in another language's words too: "how much gain / win / receive".
var howMuchPaid = gate.MustCompile(`\bhow much\b.*\b(make|get|earn|bring|take|gain|gains|win|wins|receive|receives)\b`)

// usLevels is the country whose figures the salary-by-level table gives ("US Median").
const usLevels = "us"

var (
	adviceRE        = gate.MustCompile(`\b(advice|tips?|suggestions?|recommendations?)\b`)
	howSeniorRE     = gate.MustCompile(`\bhow (senior|junior)\b`) // "how senior is a practice manager": no level
	managerLevelRE  = gate.MustCompile(`\b(manager|mid)[- ]level\b|\blevel of (a )?manager\b|\b(regular|plain|normal|standard|ordinary|basic)( old)? (medical )?(practice manager|mpm|pm|manager)s?\b`)
	becomeManagerRE = gate.MustCompile(`\b(become|becoming|promoted to|move up to)\s+an?\s+manager\b`)
	justPromotedRE  = gate.MustCompile(`\b(just|recently|newly|finally)( been| got| was| am| became)? (promoted|hired|started|stepped up|moved up)( as| to| into)?( an?| the| my first)? (medical |senior |regional )*(practice manager|mpm)\b`)
	afterRoleRE     = gate.MustCompile(`\b(after|above|beyond)\b (a |an |the )?((medical )?(practice )?manager|mpm)\b|\bi'?m an? (medical )?practice manager\b.*\b(after|above|beyond) (my|this) (role|job|position|level)\b`)
	extremeRE       = gate.MustCompile(`\b(highest|lowest|most|least|top|best|worst|max|maximum|minimum|min)\b`)
	compareRE       = gate.MustCompile(`\b(difference|differences|different|differ|vs\.?|versus|compare\w*|compared|between)\b`)
	fromToRE        = gate.MustCompile(`\bfrom \w+( \w+)? to\b`)
	othersExpectRE  = gate.MustCompile(`\b(doctors?|physicians?|providers?|owners?|partners?|staff|team|boss|employees|patients) (expect|want|need|look for)\b|` + phrase.SteamrolledBy)
	newManagerRE    = gate.MustCompile(`\b(new|newly promoted|first[- ]year|beginning|junior|rookie) (medical )?(practice )?(managers?|mpms?)\b`)
	// newHolderRE: the asker holds the title, new to it ("I'm a new practice
	// manager, started 2 months ago"): the Manager level, as for one just promoted.
	newHolderRE = gate.MustCompile(phrase.IHold + `(an? |the )?(brand |fairly |pretty |very |relatively )?new (medical )?practi[cs]e (manager|mgr)\b`)
	// notCountryPayRE: pay named beside a country, but asked about a visa's salary
	// threshold or a whole region ("Europe compared to North America").
	// "Why is pay in Brazil so low?" asks for the reasons: search finds them, as it
	// does when location itself is asked about ("I'm in Kansas ... Does location
	// really make that big of a difference?", "Is location really that big of a deal
	// for pay?"). So do what pushes pay up ("My client is
	// in Texas and wants to know what pushes pay up in this field").
	notCountryPayRE = gate.MustCompile(`\bwhat (pushes|drives|raises|bumps|boosts|affects|influences|determines|increases|lifts|moves)( up)? (the |your |my |their |her |his |a )?(pay|salary|salaries|wages?|compensation|income|earnings)\b|\b(visas?|sponsorship|immigration|threshold|europe|european|asia|asian|north america|worldwide|globally|internationally|regions?|abroad|overseas|remote|remotely)\b|^\W*(but |so |and |ok )?(why|how come)\b|\b(does|do|will|would|can) (location|geography|where (you|i|we|they) live|the (city|state|area) (you|i|we|they) live in)( really| actually| even| truly)? (make|matter|affect|change|impact)\b|\b(is|does) (location|geography|where (you|i|we|they) live)( really| actually| even| truly)? (that |such )?(a )?(big|huge|major)( of a)? (deal|factor|difference)\b`)
	// gainExperienceRE: jobs that give experience are a first step into healthcare,
	// not the entry level of this career ("what entry-level jobs give good experience").
	// enteringRE: a move into the field ("would I take a pay cut moving into practice
	// management?"): years spent elsewhere don't place the asker on the ladder.
	enteringRE       = gate.MustCompile(`\b(moving|move|moved|switch\w*|transition\w*|pivot\w*|going|go|getting|get|break\w*|jump\w*) (over )?(in)?to (medical )?(practice management|managing a (medical )?practice)\b`)
	gainExperienceRE = gate.MustCompile(`\b(jobs?|roles?|positions?)\b[^?.!]*\b(give|gives|gain|get|build)\b[^?.!]*\bexperience\b`)
	// acrossLevelsRE: a question over the whole ladder, not about one rung of it.
	acrossLevelsRE = gate.MustCompile(`\bfrom (an? |the )?(entry[- ]level|entry|junior|beginners?|new|start\w*|the (bottom|beginning)|assistant)\b[^?.!]*\bto (an? |the )?(experienced|senior|seniors|director|top|veterans?|end|((\d+|a few|some|several|many|ten|five|fifteen|twenty) )?(yrs|years) (in|on|later|of experience))\b|\b(entry[- ]level|junior|beginners?) (to|through|thru|and|vs\.?|versus) (experienced|veterans?)\b|\b(entry[- ]level|junior|beginners?|new)\b[^?.!]*\b(compared (to|with)|vs\.?|versus)( an?| the)? (experienced|veterans?)\b|\b(starting out|at the start|at first|in the beginning|entry[- ]level|to start( with)?)\b[^?.!]*\b(and|vs\.?|versus|then|compared (to|with)|but)\b[^?.!]*\b(after (\d+|a few|some|several|many|ten|five|fifteen|twenty)( \w+)? (yrs|years)|later( on)?|down the (line|road)|eventually|long[- ]term|with experience)\b`)
	newcomerRE     = gate.MustCompile(`\b(new|newly|brand new|beginners?|first[- ]year|fresh|freshers?|just starting|starting out|starting (salary|pay)|new grads?|recent grads?|(in|at) the (start|beginning))\b`)
	// whatMakeRE: "what do they make in the us", "what do assistants make vs directors",
	// "what do UK practice managers typically make" ask the pay, wherever the
	// sentence ends.
	whatMakeRE = gate.MustCompile(`\bwhat (do|does|would|will|can|could) (they|you|i|we|mpms?|managers?|(\w+ )?practice managers?|people|one|an? \w+( \w+)?|(the )?(assistants?|directors?|seniors?|regionals?)( (practice )?managers?)?) ((typically|usually|normally|generally|really|actually) )?(make|earn|get paid|take home|bring in)\b`)
	// madeThingRE: what is made is no pay: "the biggest mistake new practice managers
	// make".
	madeThingRE = gate.MustCompile(`\b(mistakes?|errors?|blunders?|decisions?|choices?|changes?|friends|enemies|impressions?|excuses|improvements?|sacrifices?|assumptions?)\b( \w+){0,5} make\W*$`)
	makeAtEndRE = gate.MustCompile(`\b(make|makes|earn|earns|pull in|take home|bring in)( (a|per) (year|month|hour)| annually| yearly)?\W*$`)
	moneyRE     = gate.MustCompile(`\$\s?\d|\b\d+(\.\d+)?\s?k\b`)
	// budgetRE: a sum the asker ran or brought in ("running a store with a $5M
	// budget", "$2m in collections"), or a count of jobs ("the 56k new jobs"),
	// which is no pay.
	budgetRE   = gate.MustCompile(`(\$\s?\d[\d,.]*\s?(k|m|mm|million|billion|b)?|\b\d+(\.\d+)?\s?(k|m|million))\s+(annual\s+|yearly\s+|operating\s+|total\s+|marketing\s+|department\s+|new\s+)?(budgets?|revenue|sales|collections|p&l|portfolio|loans?|debt|jobs|openings|job openings|positions|in (revenue|sales|collections|claims|billing|ar|a/r|charges|purchases|inventory|spend))\b|\bbudgets? of (over |about |around |nearly |almost )?\$\s?\d`)
	newPlaceRE = gate.MustCompile(`\bnew (york|jersey|zealand|mexico|hampshire|orleans|delhi|england|south wales|brunswick|haven)\b`)
	// newThingRE: something new that is not the asker ("the manager contracts new
	// employees and pays salaries").
	newThingRE = gate.MustCompile(`\bnew (employees|staff|workers|hires|people|systems?|rules|regulations|laws|tech\w*|software|patients)\b`)
	lowRE      = gate.MustCompile(`\b(lowest|least|worst|minimum|min)\b`)
	// bothEndsRE asks for the range, not one end of the table ("the lowest and highest
	// pay").
	bothEndsRE = gate.MustCompile(`\b(lowest|least|minimum|min|bottom|low end) (and|to|&|-|or|through|vs\.?) (the )?(highest|most|maximum|max|top|high end)\b`)
	// credentialRE: two countries named about a degree or a visa ("my degree is from
	// Brazil, would it count in Canada?"), not their pay.
	// So do the papers it takes ("to go work in canada or england what do i need"),
	// and experience that may not carry over ("a practice manager in the UK ... just
	// moved to the US. Will my experience transfer or do I have to start over?").
	credentialRE = gate.MustCompile(`\b(degrees?|diplomas?|recogni[sz]\w*|credentials?|licen[cs]\w*|visas?|sponsor\w*|accepted|valid|requirements?|permits?|paperwork|papers|documents)\b|\bwhat (do |would |will )?i (need|must)\b|\b(experience|background|years) (transfer|transfers|carry over|carries over|count|counts)\b|\bstart (over|from scratch)\b`)
	// moveToRE: the place after it is where the asker is going.
	moveToRE = gate.MustCompile(`\b(mov(e|es|ed|ing)|relocat\w*|emigrat\w*|transferr?(ing|ed)?|going|go|head(ing)?) to\b|\b(work|working|live|living|settle|settling) in\b|\b(got|gets|has|had|received|accepted) (an? )?(job )?offer in\b`)
	// livesHereRE ends in the asker saying where they live or work now.
	livesHereRE = gate.MustCompile(`\b(i|we|i'?m|im|i am|we'?re|we are)( currently| now| still)? (work|working|live|living) in$`)
)

// bareCountry reports a message that is only a country's name ("uk", "what about
// germany?").
func (c *Coach) bareCountry(lower string) bool {
	_, ok := c.countries.whole(argWords(lower))
	return ok
}

// destination is the country the asker is moving to, if they say so, and home the
// one they say they live or work in now: "I live in Ontario and I'm thinking about
// moving to Australia" lives in Canada and goes to Australia. Each is read after the
// first moveToRE phrase of its kind, from the original text where it can be ("the
// US", not "us"); "" is none.
func (c *Coach) destination(text, lower string) (dest, home string) {
	destRead, homeRead := false, false
	for _, loc := range moveToRE.FindAllStringIndex(lower, -1) {
		here := livesHereRE.MatchString(lower[:loc[1]])
		if here && homeRead || !here && destRead {
			continue
		}
		rest := lower[loc[1]:]
		if len(text) == len(lower) {
			rest = text[loc[1]:]
		}
		ct, _ := c.countries.mention(rest, nil)
		if here {
			home, homeRead = ct, true
		} else {
			dest, destRead = ct, true
		}
		if destRead && homeRead {
			break
		}
	}
	return dest, home
}

// citiesRE names a kind of place within a country.
var citiesRE = gate.MustCompile(`\b(big|large|major|bigger|larger|small|smaller) (city|cities|town|towns)\b|\b(urban|rural|metro|metropolitan|suburbs?|suburban|downtown)\b`)

// cityNotCountry: the country is only where the asker is, and the question asks about
// a kind of place within it ("I'm a practice manager in Ohio. Would I earn more in a
// big city?"): the guide's word on location, not the country's range.
func (c *Coach) cityNotCountry(text, country string) bool {
	last := sentence.Last(text)
	return citiesRE.MatchString(strings.ToLower(last)) && !slices.Contains(c.countries.mentions(last, nil), country)
}

// nextLevelRE asks for the level above one named: "what comes after regional manager".
var nextLevelRE = gate.MustCompile(`\b(after|above|beyond|next)\b`)

// nextTimeRE is "next" or "after" said of time: "an interview next week for an
// assistant manager job" asks about the assistant level, not the one above it, and
// so do "how soon after graduating can I get an entry level job" and "after how
// much time the manager can be regional one".
var nextTimeRE = gate.MustCompile(`\bnext (week|month|year|spring|summer|fall|autumn|winter|semester|term|quarter|time|day|few (days|weeks|months|years)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bafter how (much time|long|many (years|months))\b|\bafter (graduat\w*|i graduate|college|school|uni|university|my (degree|bachelor'?s|masters?|mba|mha)|finishing (school|college|my degree))\b`)

// asksNext: lower asks for the level above the one it names.
func asksNext(lower string) bool {
	return nextLevelRE.MatchString(nextTimeRE.ReplaceAllString(lower, " "))
}

// titleUpRE asks for the title above one's own ("what's the next title up", "the
// next rung"). A bare "next step" is not one: it is as often what to do next, and
// nor is "step up to practice manager", which goes on to ask what it takes.
var titleUpRE = gate.MustCompile(`\bnext (job )?(title|rung|position|role)\b|\b(step|rung|title|one|position) (up|above)(\W*$|\s+(from|for)\b)`)

// frontLineRE is a front-line job in a practice, below the guide's first level.
var frontLineRE = gate.MustCompile(`\b(front desk|front office|receptionists?|schedulers?|patient access|medical secretar\w*|check-?in)\b`)

// levelOrRE offers a choice of two levels ("assistant or manager, which one should i
// apply for first"): "manager" after it is the Manager level. (A plain "or" is no
// comparison: "who won, germany or brazil".)
var levelOrRE = gate.MustCompile(`\b(assistant|senior|regional|director)( (level|manager|role|position|job)s?)? or (an? |the )?((medical |practice )*manager|senior|regional|director|assistant)\b`)

// moveOnRE asks how to advance from where the asker is ("... the promotion never
// comes. Should I look elsewhere?", "I'm still an assistant manager ... What else
// should I be doing?", "... How do I get promoted if there's no opening?"): the
// guide's word on advancing, not the level's description.
// Search's rules read the same phrasings (package phrase), so what the bot leaves to
// search is what they answer.
var moveOnRE = gate.MustCompile(phrase.LookElsewhere + `|` + phrase.WhatElse + `|` + phrase.NoOpening + `|` + phrase.StayOrGo + `|` + phrase.PassedOver)

// interviewRE asks how to get through an interview: a level named is the job applied
// for, not what is asked ("... an interview for an assistant practice manager job
// next week. What should I expect them to ask and how do I prepare?"). What the
// level will expect of the asker is the level's.
var interviewRE = gate.MustCompile(`\binterview(s|ing)?\b[^?]*` + phrase.InterviewAsks)

// passedOverRE is being passed over for promotion (phrase.PassedOver).
var passedOverRE = gate.MustCompile(phrase.PassedOver)

// levelFocusRE asks what a level's work is about: "what does that level focus on".
var levelFocusRE = gate.MustCompile(`\b(that|this|the|each|their|her|his|my|your) (level|role|position|job)( \w+)? (actually |really |mainly |mostly |usually )?(focus(es)? on|involves?|entails?)\b`)

// landingRE weighs how hard jobs are to land ("Are entry-level roles harder to get
// than senior ones right now?"): the levels named are the jobs sought, and the
// market's word answers, not the levels' entries.
var landingRE = gate.MustCompile(`\b(harder|easier|tougher|more difficult|less difficult|more competitive|less competitive|more saturated|less saturated)( (for me|for newcomers|for beginners|these days|nowadays|now))? to (get|find|land|come by|secure|be hired (for|into))\b|\b(more|less|most|least) (competition|competitive)( (for|in|among))?\b|\b(more|less) in demand\b`)

// prevLevelRE asks for the level below one named: "what comes before senior", "the
// level below director" ("a senior under pressure" is not).
var prevLevelRE = gate.MustCompile(`\b(comes?|level|rung|step|one|is) (right |just )?(before|below|beneath|under)\b|\b(previous|preceding|prior) (level|rung|step)\b`)

// negotiateRE: a pay question about negotiating ("can i negotiate pay as a new
// grad") asks how, not what the first level pays.
var negotiateRE = gate.MustCompile(`\bnegotiat\w*|\bcounter ?offers?\b`)

// askRaiseRE asks about asking for a raise: how, or when, not a level's pay.
var askRaiseRE = gate.MustCompile(`\b(ask|asking|request|requesting|push|pushing) (for )?(a |my |the )?(raise|pay rise|pay bump|pay increase|salary increase)\b|\b(make|build|argue|present) (the|a|my) case for (a raise|one|it|more money|more pay|a bump)\b`)

// nextPayRE asks the pay of the level above one named: "I've been an assistant
// manager for two years. What does the next level pay?" ("what will I earn after
// two years as an assistant" is the assistant's pay.)
var nextPayRE = gate.MustCompile(`\b(the )?next (level|rung|step|role|position|title|job)( up)?\b|\b(level|rung|step|role|position|one) (up|above)\b`)

// levelRoleRE asks what a named level does or takes: its career-path entry answers.
var levelRoleRE = gate.MustCompile(`\bexpect(ed|ations?)? (at|of|from)\b|\bexpect (me|you|us|one) to (do|handle|know|take care of)\b|\btitles\b|^\W*(ok(ay)?\W+|so\W+)?(and|what about|how about|and what about|now)\b[^?.!]{0,30}\W*$|\b(how long|how many years|years|experiences?|experiance|exp|role|responsib\w*|duties|focus\w*|become|becoming|promoted|skills?|need|qualify|ready|reach|arrive (to|at)|get to|make it to|advance|move up)\b|\b(what|which) level\b|\bwhat (do|does)\b.*\bdo\b|\bwhat happens\b|\bwhat('s| is) (it|life) like\b|\bwhat('?s| is) (an?|the)( \w+)? (day|week|workday) like\b|\btell me about\b|\binvolve[sd]?\b|\b(do|does) (the )?(directors?|regional managers?|senior( practice)? managers?|assistant( practice)? managers?) (still |ever |also |even )?(deal|work|interact) with\b|\boversee\w*|\bsupervise\w*|\bin charge of\b|\bresponsible for\b|\bday[- ]to[- ]day\b|\bdaily\b|\b(typical|average|normal|usual) (day|week)\b|\blook like\b|^[^?.!]{0,25}\b(jobs?|positions?|openings?)\W*$`)

// automationRE is AI or automation: what it does to the job is for search's trends
// passages to answer, not a level's entry.
var automationRE = gate.MustCompile(`\b(ai|a\.i\.|artificial intelligence|automation|automate[sd]?|automating|robots?)\b`)

// supportRE asks who can help the asker along ("are there groups or mentors that could
// help me move up to director?"): the guide's networks answer, not the level's entry.
var supportRE = gate.MustCompile(`\b(are there|any|which|what|recommend|know of)( good)? (groups?|organi[sz]ations?|associations?|mentors?|networks?|communit(y|ies)|resources)\b`)

// weighsRE: a question that sets one place against another, or points back at one.
var weighsRE = gate.MustCompile(`\b(compar\w*|vs|versus|than|better|worse|there|or|and)\b`)

// otherDimensionRE names something pay varies by other than the level: "what
// specialties pay the most" is not asking for the top level, nor are benefits
// "on top of salary", nor "what bumps your salary the most", nor "the best way to ask
// for a raise".
var otherDimensionRE = gate.MustCompile(`\b(where|factors?|affects?|influences?|determines?|changes?|drives?|specialt\w*|states?|cities|city|countr\w*|regions?|places?|areas?|locations?|settings?|industr\w*|certifications?|certs?|degrees?|kinds? of|types? of|on top of|benefits?|perks?)\b|\bwhat (bumps|boosts|raises|increases|lifts|pushes|ups)\b|\b(best|worst) (way|ways|time|approach|method|strategy|advice|tips?|thing to say|script)\b`)

// yearsLevelRE asks where the asker's experience puts them ("what level would I be";
// not "what level of fitness").
var yearsLevelRE = gate.MustCompile(`\b(what|which) (level|role|position|title|job|rung|post|designation)( (would|should|could|can|will|do|does|am|is|are|might|fits?|suits?)\b|\W*$| i (will|would|can|could|might|shall) (get|be given|start at|land|qualify for)\b)|\bwhere (would|do|does|am|will|could|can|should) (i|that|this|it) (fit|be|stand|land|sit|put me|place me)\b|\b(qualify|ready|eligible) for\b|\benough (experience|years)\b|\bwhat (could|can|would|should) i (apply|go) for\b`)

// maxAnswers is how many passages a free-text answer carries.
const maxAnswers = 3

// salaryWords mark a question about pay; with a level or country named, the answer is
// that row of figures rather than a paragraph about pay in general.
var salaryWords = wordSet(`salary salaries pay paid pays paying earn earns earning earnings wage
	wages compensation income money comp paycheck raise raises bump range dollars dollar usd aud cad gbp eur euros pounds sgd brl
	remuneration median`)

// languageLevelRE is how well the asker speaks a language, or a name with a level's
// word in it that is no level ("Canada's Express Entry", "an entry visa"), or "mid"
// as slang for so-so (phrase.SoSoMid).
var languageLevelRE = gate.MustCompile(phrase.SoSoMid + `|\bexpress entry\b|\bentry (visas?|permits?|stamps?)\b|\b(english|spanish|french|german|portuguese|language)( level)? (is |are |at |skills are )?(an? )?(intermediate|basic|advanced|beginner|upper[- ]intermediate)\b|\b(intermediate|basic|advanced|beginner) (level )?(english|spanish|french|german|portuguese)\b`)

// expectedToKnowRE asks whether the role must know something: "I'm the assistant
// manager and I don't know what lean means. Is that something practice managers are
// expected to know?" The thing, not the level held.
var expectedToKnowRE = gate.MustCompile(`\b(is (that|this|it) something|are|do|does) (practice managers|managers|pms|mpms|they|we|you) (are |generally |normally |usually |typically )?(expected|supposed|required|need|needs|have) to (know|learn|understand)\b`)

// bossSaysRE is the asker's boss by title (phrase.BossSays): a person, not a level.
var bossSaysRE = gate.MustCompile(phrase.BossSays)

// otherOrgHeadRE: a director of another kind of organisation ("I was the director of
// a nonprofit for 10 years"), no level of ours.
var otherOrgHeadRE = gate.MustCompile(phrase.OtherOrgHead)

// notPayRE: pay words that say something else ("took time off to raise my kids",
// "pay attention to", "save money on flowers", "my office won't pay for it", "worth
// paying out of pocket", "the median home price", "earn the doctors' trust", "wants
// the practice to pay for her CMPE", "money is tight").
var notPayRE = gate.MustCompile(`\b(rais(e|ed|ing)|bring(ing)? up) (my |our |the |a |two |three |four )?(kids?|children|child|family|sons?|daughters?|baby|twins|grandkids)\b|\bpay(ing)? attention\b|\b(sav(e|ing)|spend(ing)?|wast(e|ing)) (money|cash)\b|\b(won'?t|will not|wouldn'?t|doesn'?t|don'?t|refuses? to|going to|to) pay for (it|this|that)\b|\bpay(ing)? for (the|her|his|my|their|our) (cert|certs|certification|certifications|cmpe|exam|course|courses|class|classes|training|degree|program|mha|mba|tuition|ceus?|continuing education)\b|\bpay(ing)? (for it )?(out of pocket|myself|on my own)\b|\bmedian (\w+ )?(home|house|housing|rent|age|household|family|price|prices|cost|value|sale|listing)s?\b|\bearn(ing)?( the| their| my| our| your)?( \w+'?s?'?)? (trust|respect|confidence|buy-?in)\b|\b(money|cash|funds)( is|'s| are)? (tight|short|limited|scarce)\b`)

// question answers free text: a level or country named in a pay question gets its
// figures first, then the passages search finds. (A level named without pay words is
// left to search: the level passages carry the level's aliases.)
func (c *Coach) question(ctx context.Context, text, triedCommand string) Reply {
	if first, second, ok := twoQuestions(text); ok {
		if r, ok := c.bothQuestions(ctx, first, second, triedCommand); ok {
			return r
		}
	}
	r := Reply{Command: "question"}
	ms, err := c.search.Search(ctx, text, maxAnswers)
	if errors.Is(err, knowledge.ErrOffTopic) {
		// Another job or subject ("how much do doctors make"): no intent below may
		// answer it from a word it shares with the guide.
		return c.abstain(triedCommand)
	}
	if err != nil {
		c.log.Error("search failed", "err", err)
	}
	lower := strings.ToLower(text)
	ws := words(notPayRE.ReplaceAllString(lower, " "))
	salaryQ := false
	for _, w := range ws {
		if salaryWords[w] || fuzzy.Within(w, "salary") {
			salaryQ = true
			break
		}
	}
	// "How much time take to be manager senior?" asks how long, not the pay.
	if strings.Contains(lower, "how much") && !strings.Contains(lower, "how much time") && howMuchPaid.MatchString(lower) ||
		strings.Contains(lower, "how many") && howManyMoneyRE.MatchString(lower) ||
		strings.ContainsAny(lower, "$0123456789") && moneyRE.MatchString(budgetRE.ReplaceAllString(lower, " ")) ||
		(strings.Contains(lower, "make") || strings.Contains(lower, "earn") || strings.Contains(lower, " in") || strings.Contains(lower, "home")) && (makeAtEndRE.MatchString(lower) && !madeThingRE.MatchString(lower) || whatMakeRE.MatchString(lower)) {
		salaryQ = true
	}
	if salaryQ && beyondPayRE.MatchString(lower) {
		// "... pay bump is decent but I'd be driving all over the place. What does the
		// regional job actually involve day to day?": the pay was background; the
		// question asks what the job is. So with two offers and their pay told, "Which
		// one would be better long term?" asks where each leads. (Split into sentences
		// only here: every answer passes this way.)
		if last := sentence.Last(lower); last != lower && beyondPayRE.MatchString(last) && !slices.ContainsFunc(words(last), func(w string) bool { return salaryWords[w] }) {
			salaryQ = false
		}
	}
	// "My English is intermediate" says nothing of a level of the role, nor does "my
	// director keeps telling me", a person. (The pattern reads lower: a case-blind
	// one would go ungated on every answer.)
	levelText := bossSaysRE.ReplaceAllString(otherOrgHeadRE.ReplaceAllString(languageLevelRE.ReplaceAllString(lower, " "), " "), " ")
	level, hasLevel := c.levels.mention(levelText, weakLevelWords)
	askedLevel := "" // the level the question itself names, after a story naming another
	if hasLevel && strings.ContainsAny(levelText, ".!?") {
		// "I've been an assistant practice manager for two years. ... What does the
		// manager level actually involve?": the level the question names, not the
		// one the asker holds.
		if last := sentence.Last(levelText); last != levelText {
			if l, ok := c.levels.mention(last, weakLevelWords); ok && l != level {
				level, askedLevel = l, l
			}
		}
	}
	across := acrossLevelsRE.MatchString(lower)
	if hasLevel && (across || gainExperienceRE.MatchString(lower) || howSeniorRE.MatchString(lower)) {
		// "salary expectations from entry level to experienced": all of them.
		hasLevel = false
	}
	promoted := !salaryQ && justPromotedRE.MatchString(lower)
	if !hasLevel && promoted {
		// "Just got promoted to practice manager, any advice?": the level reached, and
		// what it focuses on.
		level, hasLevel = c.managerLevel()
	}
	if !hasLevel && (managerLevelRE.MatchString(lower) || salaryQ && becomeManagerRE.MatchString(lower)) {
		// "what does manager level pay", "I'm a biller. What's the salary jump if I
		// become a manager?": said as a level, the role's name is one.
		level, hasLevel = c.managerLevel()
	}
	if !hasLevel && salaryQ && (holdsRoleRE.MatchString(lower) && ownPayRE.MatchString(lower) || offerAsRoleRE.MatchString(lower)) {
		// "I'm a practice manager in Texas, is my 75k salary low?": their own pay
		// against their level's figures, the Manager level's.
		level, hasLevel = c.managerLevel()
	}
	if !hasLevel && (afterRoleRE.MatchString(lower) || holdsRoleRE.MatchString(lower) && (titleUpRE.MatchString(lower) || salaryQ && nextPayRE.MatchString(lower))) {
		// "what's after practice manager", "I'm a practice manager. What's the next
		// title up?": the role's own name is the manager level here.
		level, hasLevel = c.managerLevel()
	}
	if !hasLevel && salaryQ && !across && !negotiateRE.MatchString(lower) && newcomerRE.MatchString(newThingRE.ReplaceAllString(newPlaceRE.ReplaceAllString(lower, ""), "")) && len(c.guide.Levels) > 0 {
		// "what do new practice managers earn": the first level's figures.
		level, hasLevel = c.guide.Levels[0].ID, true
	}
	newManager := !salaryQ && newManagerRE.MatchString(lower)
	newManagerAdvice := newManager && adviceRE.MatchString(lower)
	if !hasLevel && newManager && (newManagerAdvice || levelRoleRE.MatchString(lower) && !skillsRE.MatchString(lower)) && !othersExpectRE.MatchString(lower) && len(c.guide.Levels) > 0 {
		// "what should a new manager focus on": the first level. What the doctors or
		// the staff expect of them, or not being steamrolled by them, is the job's,
		// not the level's, and so are the skills a new manager needs ("skills u need
		// to not flop as a new mgr"): the first level's entry names none.
		level, hasLevel = c.guide.Levels[0].ID, true
		if newHolderRE.MatchString(lower) {
			level, hasLevel = c.managerLevel()
		}
	}
	if !hasLevel && !across && strings.ContainsAny(lower, "0123456789") && (salaryQ || yearsLevelRE.MatchString(sentence.Last(lower))) && !askRaiseRE.MatchString(lower) && !enteringRE.MatchString(lower) && !payFactorRE.MatchString(lower) {
		// "I have 6 years as a supervisor, what would I earn?" Years told as background
		// to another question ("4 years as a receptionist, where do I start?") are not a
		// question about a level, nor are they when the question spans the ladder
		// ("starting out vs after 10 yrs"), nor when the story says it ("8 years on
		// the truck and I'm ready for a desk job. ... What's the minimum education?":
		// the question is the last sentence), nor when they say how long before asking
		// for a raise ("is it cringe to ask for a raise after 1 yr"), nor when they
		// were spent before moving into the field, nor when they ask what pay depends
		// on ("9 years, making 92k ... Is practice size really that big a factor in
		// pay?").
		level, hasLevel = c.levelForYears(text)
	}
	if !hasLevel && salaryQ && !across && enteringRE.MatchString(lower) && len(c.guide.Levels) > 0 {
		// "I have 10 years as a biller. What would I earn if I moved into practice
		// management?": what one starting out earns, the first level's figures.
		level, hasLevel = c.guide.Levels[0].ID, true
	}
	dest, home := c.destination(text, lower)
	hasDest := dest != ""
	two := c.levels.mentions(levelText, weakLevelWords)
	if len(two) == 1 && !across {
		// "difference between assistant and manager", "3 years as assistant manager,
		// am I ready to apply for manager roles?": beside another level, "manager" is
		// the Manager level, not the role's name.
		if all := c.levels.mentions(levelText, nil); len(all) >= 2 && (compareRE.MatchString(lower) || levelOrRE.MatchString(lower) || fromToRE.MatchString(lower) || c.goalSecond(lower, all[1])) {
			two = all
		}
	}
	if len(two) >= 2 && (fromToRE.MatchString(lower) || c.goalSecond(lower, two[1]) || c.holdsFirst(lower, two[0]) || c.atSecond(lower, two[1])) {
		// "from manager to senior", "from regional to director", "I'm a regional
		// manager. What does it take to become a director?": where they are going first.
		two[0], two[1] = two[1], two[0]
	}
	if len(two) >= 2 && askedLevel != "" && two[1] == askedLevel {
		// "... staying a senior practice manager or taking a regional role. What does
		// the regional role focus on?": the one the question asks about first.
		two[0], two[1] = two[1], two[0]
	}
	// An interview for a level asks how to get through it, not about the level,
	// unless it asks what the level focuses on to prepare ("... interviewing for a
	// senior position next week. What does that level actually focus on so she can
	// prep?").
	interview := !salaryQ && interviewRE.MatchString(lower) && !levelFocusRE.MatchString(lower)
	landing := !salaryQ && landingRE.MatchString(lower)
	if len(two) >= 2 && !interview && !landing && !passedOverRE.MatchString(lower) {
		// "senior vs regional": both levels, side by side. (Not when passed over
		// from one for the other: "a senior manager ... overlooked for regional".)
		kind := "path/"
		if salaryQ {
			kind = "salary/"
		}
		for _, l := range two[:2] {
			c.addAnswer(&r, kind+l, 1)
		}
	} else if cs := c.countries.mentions(text, nil); len(cs) >= 2 && !credentialRE.MatchString(lower) && (salaryQ || compareRE.MatchString(lower) || hasDest) {
		// "uk vs germany": both countries' figures, where they are going first ("in the
		// US and moving to Germany"). Named for anything else ("who won, germany or
		// brazil"), they are no pay question.
		if hasDest && dest == cs[1] {
			cs[0], cs[1] = cs[1], cs[0]
		} else if !hasDest {
			// "I'm a clinic manager in Brazil. How much would I make in Canada?": the
			// country the question names, not the background's, comes first, unless
			// the question weighs one against the other ("How does my pay compare to
			// the US?", "What do managers earn there?").
			// So does the country they live in, said in the same sentence ("I work in
			// Brazil, how much would I make in the US?").
			last := sentence.Last(text)
			q := c.countries.mentions(last, nil)
			if (slices.Contains(q, cs[1]) && !slices.Contains(q, cs[0]) || home == cs[0]) && !weighsRE.MatchString(strings.ToLower(last)) {
				cs[0], cs[1] = cs[1], cs[0]
			}
		}
		for _, ct := range cs[:2] {
			c.addAnswer(&r, "country/"+ct, 1)
		}
	} else if salaryQ && !hasLevel && extremeRE.MatchString(lower) && !bothEndsRE.MatchString(lower) && !otherDimensionRE.MatchString(lower) && len(c.guide.Levels) > 0 {
		// "highest paying level", "lowest salary": the ends of the table.
		l := c.guide.Levels[len(c.guide.Levels)-1]
		if lowRE.MatchString(lower) {
			l = c.guide.Levels[0]
		}
		c.addAnswer(&r, "salary/"+l.ID, 1)
	}
	country, hasCountry := c.countries.mention(text, nil)
	if hasDest {
		country, hasCountry = dest, true
	}
	switch {
	case hasCountry && !hasLevel && c.bareCountry(lower):
		// "uk", "germany?": a country alone asks what the job pays there.
		c.addAnswer(&r, "country/"+country, 1)
	case salaryQ && hasLevel && hasCountry && country != usLevels:
		// The guide gives levels in US figures and one range per other country: the
		// place asked about comes first, the level's US figures after.
		c.addAnswer(&r, "country/"+country, 1)
		c.addAnswer(&r, "salary/"+level, 1)
	case salaryQ && hasLevel && (nextPayRE.MatchString(lower) || c.upFrom(lower, level)):
		if next, ok := c.nextLevel(level); ok {
			c.addAnswer(&r, "salary/"+next, 1)
		}
		c.addAnswer(&r, "salary/"+level, 1)
	case salaryQ && hasLevel:
		c.addAnswer(&r, "salary/"+level, 1)
	case salaryQ && hasCountry && !notCountryPayRE.MatchString(lower) && !askRaiseRE.MatchString(lower) && !c.cityNotCountry(text, country):
		// Asking for a raise where one works ("a practice manager in Texas ... How do
		// I make the case for one?") asks how, not the country's range.
		c.addAnswer(&r, "country/"+country, 1)
	case hasLevel && prevLevelRE.MatchString(lower) && !asksNext(lower):
		if prev, ok := c.prevLevel(level); ok {
			c.addAnswer(&r, "path/"+prev, 1)
		}
		c.addAnswer(&r, "path/"+level, 1)
	case hasLevel && (interview || landing || moveOnRE.MatchString(lower) || expectedToKnowRE.MatchString(lower) || supportRE.MatchString(lower) || automationRE.MatchString(lower)):
		// How to advance, an interview for the level, whether the role is expected to
		// know a thing the story names, the groups and mentors there are for the asker
		// ("I've been an assistant manager for three years ... Are there groups or
		// mentors for people like me?"), or what AI does to the job ("AI is going to
		// automate scheduling ... I'm 3 years into being an assistant manager. Should I
		// be worried?"), is search's, not the level's.
	case hasLevel && (asksNext(lower) || c.upFrom(lower, level)):
		if next, ok := c.nextLevel(level); ok {
			c.addAnswer(&r, "path/"+next, 1)
		}
		c.addAnswer(&r, "path/"+level, 1)
	case hasLevel && (promoted || newManagerAdvice || levelRoleRE.MatchString(lower) && !c.levelOnlyBefore(lower, level)) && !supportRE.MatchString(lower):
		c.addAnswer(&r, "path/"+level, 1)
	case !hasLevel && !salaryQ && len(c.guide.Levels) > 0 && titleUpRE.MatchString(lower) && frontLineRE.MatchString(lower) && !holdsRoleRE.MatchString(lower):
		// "I run the front desk at a pediatric office. What's the next title up?":
		// the first level is the title above the desk; search reads the desk as the
		// entry-level experience the guide tells newcomers to get, which they have.
		c.addAnswer(&r, "path/"+c.guide.Levels[0].ID, 1)
	}
	if len(r.Answers) == 0 && len(ms) == 0 {
		return c.abstain(triedCommand)
	}
	top := 1.0
	if len(ms) > 0 && ms[0].Score > 0 {
		top = ms[0].Score
	}
	for _, m := range ms {
		if len(r.Answers) == maxAnswers {
			break
		}
		c.addAnswer(&r, m.ID, m.Score/top) // normalised: the best search hit scores 1
	}
	best := r.Answers[0]
	r.Title = best.Title
	r.Body = []string{best.Text}
	r.Sources = r.Sources[:1]
	if len(r.Answers) > 1 {
		r.Body = append(r.Body, seeAlso(r.Answers[1:]))
	}
	r.Suggestions = c.followUps(c.passages[best.ID])
	if sec := c.passages[best.ID].SectionID; triedCommand == "salary" && (sec == knowledge.SecGlobalSalaries || sec == knowledge.SecGlobal) {
		// "salary france": the guide has no row for it. Say so before the closest
		// passage, so a paragraph about Europe isn't read as France's figures.
		// ("salary negotiation" is a question about pay, and gets no such note.)
		r.Body = append([]string{"The guide has no salary figures for that; this is the closest it comes."}, r.Body...)
		r.Suggestions = c.salaryChoices()
	}
	return r
}

// goalRE: the level a verb of getting there, or of pay at it, names ("become a
// director", "what would I make as the manager").
var goalRE = gate.MustCompile(`\b(become|becoming|(?:make|earn|get paid|be paid|making|earning) as|(?:goal|aim|dream|plan) is to be|(?:want|hope|plan|aim) to be|promoted to|promotion to|move up to|moving up to|step up to|get to|reach|make it to|aim for|go for|apply for|applying for|ready for|qualified for)\s+(an?\s+|the\s+)?(?P<level>\w+)`)

// ownPayRE: the asker's own pay.
var ownPayRE = gate.MustCompile(`\bis my (\$?\d+k? )?(salary|pay|wages?|income|offer|comp|compensation) (too |really |kinda |pretty )?(low|high|fair|good|ok|okay|normal|enough|competitive|average|decent|bad)\b|\bam i (under|over|fairly|well|poorly) ?paid\b|\bi (make|earn|get paid|am paid|'?m paid|'?m making|am making) (\$?\d|about|around|only|just|like)|\bshould i (make|earn|ask for|be paid|be making|be earning)\b|\bis (\$?\d+k?|\d+,\d{3}) (too |a |good|low|high|fair|ok)`)

// offerAsRoleRE: an offer for the role itself ("my coachee got an offer for 70k as a
// practice manager in Ohio, should she counter?", "a practice manager offer at 75k
// in Ohio"): weighed against the Manager level's figures, as the asker's own pay in
// the role is.
var offerAsRoleRE = gate.MustCompile(`\b(offer|offered)\b[^.?!]*\b(as|for) (an? |the )?(medical )?practi[cs]e (manager|mgr)\b|\b(an? |the |her |his |my |their )(medical )?practi[cs]e (manager|mgr) (offer|job offer)\b`)

// holdsRoleRE: the asker saying they hold the role itself, no level named.
var holdsRoleRE = gate.MustCompile(phrase.IHold + `(an? |the )?(medical )?practi[cs]e (manager|mgr)\b`)

// holdsRE: the asker saying which level they hold ("I'm an assistant manager").
var holdsRE = gate.MustCompile(phrase.IHold + `an? (?P<level>\w+)`)

// promotionRE: a question about being promoted that names no goal ("When should I
// expect to be promoted?", "How long until I can run my own practice?", "How do I
// show I'm ready to replace her?"). Said by someone holding a level, it asks about
// the next.
var promotionRE = gate.MustCompile(`\b(get|be|being|getting|got) promoted\b|\bpromotion\b|\b(run|manage) (my own|a|the|an|our) (whole )?(practice|clinic|office)\b|\b(replace|take over( for| from)?|step into the shoes of) (her|him|them|my (boss|manager|supervisor))\b|\b(considered|in the running|eligible|qualified|a candidate|next in line) for (her|his|their|my (boss|manager|supervisor)'?s?) (job|role|position)\b`)

// upFrom: the asker holds level and asks about being promoted from it.
func (c *Coach) upFrom(lower, level string) bool {
	return promotionRE.MatchString(lower) && c.holdsFirst(lower, level)
}

// holdsFirst: the first level lower names is the asker's own ("I'm an assistant
// manager. What do regional managers earn?"), so the other is the one asked about.
func (c *Coach) holdsFirst(lower, first string) bool {
	return c.namesLevel(holdsRE, lower, first, nil)
}

// atLevelRE names the level a question is about: "at the senior level".
var atLevelRE = gate.MustCompile(`\b(at|for|on) the (?P<level>\w+)( practice)?( manager)? level\b`)

// atSecond: the second level lower names is the one the question is asked at ("do
// managers mentor junior managers at the senior level?").
func (c *Coach) atSecond(lower, second string) bool {
	return c.namesLevel(atLevelRE, lower, second, nil)
}

// goalSecond: the second level lower names is the one the asker wants to reach. A
// goal said after "before" ("the step before becoming the manager") is where the
// asked-for level leads, not the level asked for.
func (c *Coach) goalSecond(lower, second string) bool {
	return c.namesLevel(goalRE, lower, second, func(start int) bool { return strings.HasSuffix(lower[:start], "before ") })
}

// namesLevel: a match of re in lower names level id in its group "level" (which re
// must have), the matches skip rejects aside (skip is given where the match starts).
// The group is named so that a regexp edit can't shift which group is read:
// goalRE's once did.
func (c *Coach) namesLevel(re *gate.Regexp, lower, id string, skip func(start int) bool) bool {
	g := 2 * re.SubexpIndex("level")
	for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
		if m[g] < 0 || skip != nil && skip(m[0]) {
			continue
		}
		if l, ok := c.levels.mention(lower[m[g]:m[g+1]], nil); ok && l == id {
			return true
		}
	}
	return false
}

// twoQuestionsRE: two questions joined by "and" ("whats the pay and do i need a
// degree"). The second starts as a question does and has three words or more, so
// "work and family" or "billing and coding" stay one question.
var twoQuestionsRE = gate.MustCompile(`^(.*\w.*?)[\s,;]+(and|also|plus|&)\s+((do|does|is|are|can|could|how|what|whats|what's|where|when|which|will|would|should)\s+\S+\s+\S+.*)$`)

// twoQuestions splits a message that asks two questions at once. The first must
// be a question too: two words or more.
func twoQuestions(text string) (first, second string, ok bool) {
	lower := strings.ToLower(text)
	if len(lower) != len(text) || !strings.Contains(lower, " ") {
		return "", "", false // the split is cut from text by lower's indexes
	}
	m := twoQuestionsRE.FindStringSubmatchIndex(lower)
	if m == nil {
		return "", "", false
	}
	first, second = strings.TrimSpace(text[m[2]:m[3]]), strings.TrimSpace(text[m[6]:m[7]])
	if len(strings.Fields(first)) < 2 || backRefRE.MatchString(lower[m[6]:m[7]]) && !jobItRE.MatchString(lower[m[6]:m[7]]) {
		return "", "", false
	}
	return first, second, true
}

// backRefRE: a second question that points back at the first ("is remote work
// realistic, and does it change pay?") is not asked on its own.
var backRefRE = gate.MustCompile(`\b(it|its|it's|that|this|they|them|those|these|there)\b`)

// jobItRE: "it" that is the job, by what is said of it ("what's the pay and is it
// remote"): no pay, degree or step is remote or full-time.
var jobItRE = gate.MustCompile(`^(is|was) it (really |actually |usually |mostly |very |too |fully )?(remote|hybrid|on-?site|in-?person|stressful|flexible|full[- ]time|part[- ]time|in demand|recession[- ]proof|a desk job)\W*$`)

// bothQuestions answers each of two questions asked at once: the first one's best
// passage, then the second one's, where searching the message whole would pick
// the one passage that mentions both ("MBA pay abroad" for "the pay and do I need
// a degree"). ok is false unless each has its own answer.
func (c *Coach) bothQuestions(ctx context.Context, first, second, triedCommand string) (Reply, bool) {
	a, b := c.question(ctx, first, triedCommand), c.question(ctx, c.carryOver(first, second), triedCommand)
	if a.Abstained || b.Abstained || len(a.Answers) == 0 || len(b.Answers) == 0 || a.Answers[0].ID == b.Answers[0].ID {
		return Reply{}, false
	}
	r := Reply{Command: "question", Title: a.Title, Suggestions: a.Suggestions}
	for _, ans := range []Answer{a.Answers[0], b.Answers[0]} {
		c.addAnswer(&r, ans.ID, ans.Score)
	}
	for i := 1; len(r.Answers) < maxAnswers && (i < len(a.Answers) || i < len(b.Answers)); i++ {
		for _, as := range [][]Answer{a.Answers, b.Answers} {
			if i < len(as) && len(r.Answers) < maxAnswers {
				c.addAnswer(&r, as[i].ID, as[i].Score)
			}
		}
	}
	// Cite the two answers, as a single answer cites its own section only.
	r.Sources = nil
	r.addSource(r.Answers[0].Section)
	r.addSource(r.Answers[1].Section)
	second1 := r.Answers[1]
	r.Body = []string{r.Answers[0].Text, second1.Title + ": " + second1.Text}
	if len(r.Answers) > 2 {
		r.Body = append(r.Body, seeAlso(r.Answers[2:]))
	}
	return r, true
}

// carryOver gives the second of two questions the place or level the first named,
// when it names none itself: "Can I work in Singapore, and what's the pay?" asks
// Singapore's pay, "what does a senior manager do and what's the pay?" the Senior
// level's.
func (c *Coach) carryOver(first, second string) string {
	if _, ok := c.countries.mention(second, nil); ok {
		return second
	}
	if _, ok := c.levels.mention(strings.ToLower(second), weakLevelWords); ok {
		return second
	}
	if id, ok := c.countries.mention(first, nil); ok {
		if ct, ok := c.guide.Country(id); ok {
			return second + " in " + ct.Name
		}
	}
	if id, ok := c.levels.mention(strings.ToLower(first), weakLevelWords); ok {
		if l, ok := c.guide.Level(id); ok {
			return second + " for the " + l.Title
		}
	}
	return second
}

// seeAlso lists more passages under an answer, one line each.
func seeAlso(answers []Answer) string {
	var also []string
	for _, a := range answers {
		if a.Title == a.Section { // a paragraph: its opening says more than its title
			also = append(also, "• "+a.Section+": "+shorten(a.Text, 100))
		} else {
			also = append(also, "• "+a.Title+" ("+a.Section+")")
		}
	}
	return "See also:\n" + strings.Join(also, "\n")
}

// salaryChoices are the salary commands the guide has figures for.
func (c *Coach) salaryChoices() []string {
	sugg := []string{"salary", "salary senior"}
	for _, ct := range c.guide.Countries {
		sugg = append(sugg, "salary "+ct.ID)
	}
	return sugg
}

// followUps suggests the commands that go deeper on a passage's subject.
func (c *Coach) followUps(p knowledge.Passage) []string {
	switch p.Kind {
	case knowledge.KindSalary:
		return []string{"path " + p.Ref, "salary"}
	case knowledge.KindLevel:
		return []string{"salary " + p.Ref, "path"}
	case knowledge.KindCountry:
		return []string{"salary", "can I get a work visa?"}
	case knowledge.KindFAQ:
		return []string{"faq", "tip"}
	case knowledge.KindStep:
		return []string{"steps", "skills"}
	}
	switch p.SectionID {
	case knowledge.SecTechnicalSkills, knowledge.SecSoftSkills:
		return []string{"skills", "steps"}
	case knowledge.SecSalaryOutlook, knowledge.SecMarket, knowledge.SecKeyFacts:
		return []string{"salary", "outlook"}
	}
	return []string{"faq", "help"}
}

// abstain says plainly that the guide has no answer, and what the coach can answer.
func (c *Coach) abstain(triedCommand string) Reply {
	sugg := []string{"help", "faq", "salary", "path", "skills"}
	switch triedCommand {
	case "salary":
		sugg = c.salaryChoices()
	case "path":
		sugg = []string{"path"}
		for _, l := range c.guide.Levels {
			sugg = append(sugg, "path "+l.ID)
		}
	case "skills":
		sugg = []string{"skills technical", "skills soft"}
	case "faq":
		sugg = []string{"faq", "faq 1", "help"}
	case "steps":
		sugg = []string{"steps", "steps 1"}
	}
	return Reply{
		Command:   "question",
		Abstained: true,
		Title:     "I don't have an answer to that",
		Body: []string{
			"I couldn't find that in the Medical Practice Manager career guide, and I'd rather not guess.",
			"I can tell you about pay, the career path, skills, education and certification, remote work, the job outlook, pros and cons, and the guide's FAQ.",
		},
		Suggestions: sugg,
	}
}

// skillsRE asks for skills.
var skillsRE = gate.MustCompile(`\bskills?\b`)

// beyondPayRE asks what pay told in a story doesn't answer: what a job involves
// from day to day, the level one would come in at, where a choice leads
// (phrase.LongRun), whether to stay or move on (phrase.StayOrGo), or whether moving
// up or out is realistic ("the pay has been flat. Is moving up to regional
// realistic or should I look at something outside practice management?").
var beyondPayRE = gate.MustCompile(`\b(involve|involves|entail|entails|day to day|day-to-day|daily|actually do|do all day|responsibilit\w*|duties|focus(es)? on|focus areas?|come in at|start (me )?(lower|higher|at)|make me start|hire me (in )?at|(is|would) mov(e|ing) up( to \w+)? (be )?(realistic|possible|doable|likely)|something outside|outside (of )?(practice management|this field|the field|healthcare)|` + phrase.LongRun + `)\b|` + phrase.StayOrGo)

// planYearsRE: years ahead, not of experience ("I'm planning my next 5 years").
var planYearsRE = gate.MustCompile(`\b(next|coming|upcoming|following|another|in)\s+\d`)

// payFactorRE asks what pay depends on: "a big factor in pay", "does size affect salary".
var payFactorRE = gate.MustCompile(`\bfactors? (in|for|of|on|behind) (the |my |your |their )?(pay|salary|salaries|compensation|earnings|wages?)\b|\b(affect|affects|influence|influences|determine|determines|impact|impacts) (the |my |your |their |how much )?(pay|salary|salaries|compensation|earnings|wages?)\b`)

// yearsRE finds the asker's own experience: "I have 6 years", "with 10+ years", "my 4 years".
// A message may also open with them: "10 years in - what level should i be at".
var yearsRE = gate.MustCompile(`(?i)(\b(i have|i've|ive|i got|with|my|after|having|been|is|are|only|just|for)\b[^.?!\d]{0,30}?|^\W*)(\d{1,2})\+?\s*(years?|yrs?)\b`)

// levelOnlyBefore: a message of more than one sentence whose question names neither
// the level, nor anything a level answers, nor points back at what came before ("I
// have 5 years as an assistant manager. ... what am I doing wrong? is the market just
// bad?"): the level was who asks.
func (c *Coach) levelOnlyBefore(lower, level string) bool {
	last := sentence.Last(lower)
	if last == lower {
		return false
	}
	if l, ok := c.levels.mention(last, weakLevelWords); ok && l == level {
		return false
	}
	last = valuedRE.ReplaceAllString(last, " ")
	return !levelRoleRE.MatchString(last) && !pointsBackRE.MatchString(notBackRE.ReplaceAllString(last, " "))
}

// valuedRE: experience as what an employer values ("should I look for a practice that
// cares more about experience?"), not the level's years.
var valuedRE = gate.MustCompile(`\b(cares?|caring|values?|valuing|weighs?|prefers?|rewards?|focus(es)? on|looks? at) (more |most |mostly )?(about |on )?(experience|exp)\b`)

// notBackRE: "it" and "that" that point back at nothing ("is it worth going back to
// school", "a practice that cares more about experience").
var notBackRE = gate.MustCompile(`\b(is|was|would|will) it (be )?(worth|possible|better|smarter|wiser|best|too late|hard|harder|easy|easier|realistic|a good idea|a bad idea|smart|wise)\b|\b(a|an|one|someone|somewhere|practices?|jobs?|people|employers?|clinics?|places?) that\b`)

// pointsBackRE: a question about what was said before it ("My goal is to be a
// director in 10 years. Is that realistic?"). Not "this", unlike index's: "Should I be
// worried or is this an opportunity?" names its own subject.
var pointsBackRE = gate.MustCompile(`\b(that|it|those)\b`)

// levelForYears maps the asker's years of experience onto the career level whose range
// they fall in: the highest level whose range starts at or below them.
func (c *Coach) levelForYears(text string) (string, bool) {
	if !strings.ContainsAny(text, "0123456789") {
		return "", false
	}
	m := yearsRE.FindStringSubmatch(text)
	if m == nil || planYearsRE.MatchString(strings.ToLower(m[0])) {
		return "", false
	}
	n, _ := strconv.Atoi(m[3])
	found := ""
	for _, l := range c.guide.Levels {
		if lo, ok := yearsFrom(l.Years); ok && lo <= n {
			found = l.ID
		}
	}
	return found, found != ""
}

// yearsFrom reads the first number of a range such as "3-7 years total experience".
func yearsFrom(s string) (int, bool) {
	end := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if end <= 0 {
		return 0, false
	}
	n, err := strconv.Atoi(s[:end])
	return n, err == nil
}

// prevLevel returns the level before id in the guide's order.
func (c *Coach) prevLevel(id string) (string, bool) {
	for i, l := range c.guide.Levels {
		if l.ID == id && i > 0 {
			return c.guide.Levels[i-1].ID, true
		}
	}
	return "", false
}

// nextLevel returns the level after id in the guide's order.
func (c *Coach) nextLevel(id string) (string, bool) {
	for i, l := range c.guide.Levels {
		if l.ID == id && i+1 < len(c.guide.Levels) {
			return c.guide.Levels[i+1].ID, true
		}
	}
	return "", false
}

// shorten cuts s at a word boundary to at most n runes, marking the cut with "…".
func shorten(s string, n int) string {
	// Find the byte offset of rune n without converting the whole passage: answers
	// shorten a few passages each, some of them a kilobyte long.
	end, runes := len(s), 0
	for i := range s {
		if runes == n {
			end = i
			break
		}
		runes++
	}
	if end == len(s) {
		return s
	}
	cut := s[:end]
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + "…"
}
