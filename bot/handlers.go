package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mpmcoach/mpmcoach/internal/chat"
	"github.com/mpmcoach/mpmcoach/internal/gate"
	"github.com/mpmcoach/mpmcoach/knowledge"
)

// maxQuestion bounds the text the coach reads; longer messages are answered politely.
const maxQuestion = 2000

// Answer answers one request. It never fails: problems become a polite reply. Each
// answer is logged (platform, command, latency, whether it abstained; the question
// itself only when question logging is on) and reported to the observer.
func (c *Coach) Answer(ctx context.Context, req Request) (r Reply) {
	start := time.Now()
	defer func() { c.Served(req, r.Command, r.Abstained, time.Since(start)) }()
	if r, ok := c.Admit(req); !ok {
		return r
	}
	return c.answer1(ctx, req)
}

// Admit applies the per-user rate limit: it returns false, and the polite reply, when
// the user asks too fast. Adapters that answer from a cache call it too.
func (c *Coach) Admit(req Request) (Reply, bool) {
	if req.User == "" || req.Platform == "terminal" {
		return Reply{}, true
	}
	ok, wait := c.limiter.Allow(req.Platform + ":" + req.User)
	if ok {
		return Reply{}, true
	}
	if c.observer != nil {
		c.observer.RateLimited(req.Platform)
	}
	return slowDown(wait), false
}

// Served logs an answer and reports it to the observer. Adapters that answer from a
// cache call it, so every answer is logged and counted once.
func (c *Coach) Served(req Request, command string, abstained bool, took time.Duration) {
	attrs := []any{"platform", req.Platform, "command", command, "latency_ms", float64(took.Microseconds()) / 1000, "abstained", abstained}
	if c.logQuestions && command != "readiness" { // a person's own profile: never logged
		attrs = append(attrs, "question", req.Text)
	}
	c.log.Info("answered", attrs...)
	if c.observer != nil {
		c.observer.Answered(req.Platform, command, took, abstained)
	}
}

// slowDown is the polite, private reply to someone asking too fast.
func slowDown(wait time.Duration) Reply {
	secs := int(wait.Seconds()) + 1
	return Reply{Command: "rate-limited", Title: "One moment, please",
		Body: []string{fmt.Sprintf("You're asking faster than I can coach. Please try again in %d seconds.", secs)}}
}

func (c *Coach) answer1(ctx context.Context, req Request) (r Reply) {
	defer func() {
		if p := recover(); p != nil {
			c.log.Error("answer panicked", "panic", p, "platform", req.Platform)
			r = Reply{Command: "error", Title: "Sorry, something went wrong",
				Body: []string{"I hit a problem answering that. Please try again, or try `help`."}}
		}
	}()
	text := strings.TrimSpace(req.Text)
	if len(text) > maxQuestion {
		return Reply{Command: "too-long", Title: "That message is too long for me",
			Body:        []string{fmt.Sprintf("Please ask in fewer than %d characters: one question at a time works best.", maxQuestion)},
			Suggestions: []string{"help"}}
	}
	if text = stripMarkup(text); text == "" {
		return c.help()
	}
	text = chat.Expand(text)
	cmd := parseCommand(text)
	if cmd.name == "" {
		cmd = commandPhrase(text) // its argument, if any, is checked like a typed one's
	}
	if cmd.name == "" {
		cmd = metaCommand(text)
	}
	var (
		reply Reply
		ok    = true
	)
	switch cmd.name {
	case "help":
		reply, ok = c.help(), cmd.arg == ""
	case "salary":
		reply, ok = c.salary(cmd.arg)
	case "path":
		reply, ok = c.path(cmd.arg)
	case "skills":
		reply, ok = c.skills(cmd.arg)
	case "faq":
		reply, ok = c.faq(ctx, cmd.arg)
	case "steps":
		reply, ok = c.steps(cmd.arg)
	case "outlook":
		reply, ok = c.outlook(cmd.arg)
	case "tip":
		// "tip please" is a tip; "tip for my resume" is a question.
		reply, ok = c.tip(), len(argWords(cmd.arg)) == 0
	case "readiness":
		if ws := words(cmd.arg); len(ws) == 1 && (ws[0] == "tip" || ws[0] == "tips") {
			reply = c.tip() // "readiness tip": what the tips are called
			break
		}
		reply = c.readiness(req, cmd.arg)
	case "ask":
		text = cmd.arg
		ok = false
	default:
		ok = false
	}
	if !ok {
		if strings.TrimSpace(text) == "" {
			return c.help()
		}
		reply = c.question(ctx, text, cmd.name)
	}
	return reply
}

func (c *Coach) help() Reply {
	return Reply{
		Command: "help",
		Title:   "I'm your Medical Practice Manager career coach",
		Body: []string{
			"Ask me anything about becoming or growing as a Medical Practice Manager, or use a command:",
			"`salary [level|country]` pay by level or country, e.g. `salary senior`, `salary uk`\n" +
				"`path [level]` the five career levels, e.g. `path regional`\n" +
				"`skills [technical|soft]` what the job needs\n" +
				"`faq [question]` the guide's frequently asked questions\n" +
				"`steps` six steps to become one\n" +
				"`outlook` job growth and demand\n" +
				"`tip` one thing to do this week\n" +
				"`ask <question>` or just type a question, e.g. \"can I work from home?\"",
			"Every answer quotes the career guide and names the section it came from.",
		},
		Suggestions: []string{"salary senior", "path", "skills technical", "faq", "can I work remotely?"},
	}
}

func (c *Coach) salary(arg string) (Reply, bool) {
	ws := argWords(arg)
	if id, ok := c.bareManager(arg); ok {
		return c.salaryLevel(id), true
	}
	if len(ws) == 0 {
		return c.salaryTable(), true
	}
	if id, ok := c.levels.whole(ws); ok {
		return c.salaryLevel(id), true
	}
	if id, ok := c.countries.whole(ws); ok {
		return c.salaryCountry(id), true
	}
	return Reply{}, false
}

func (c *Coach) salaryTable() Reply {
	g := c.guide
	r := Reply{
		Command: "salary",
		Title:   "Medical Practice Manager salaries",
		Table:   &Table{Columns: []string{"Level", "US Median", "US Average"}},
		Fields: []Field{
			{Name: g.KeyFacts.MedianSalary.Label, Value: g.KeyFacts.MedianSalary.Value + " " + g.KeyFacts.MedianSalary.Note},
			{Name: g.KeyFacts.SalaryRange.Label, Value: g.KeyFacts.SalaryRange.Value},
		},
		Suggestions: []string{"salary senior", "salary uk", "path"},
	}
	// The headline figures lead: "what's the salary?" is first the BLS median.
	c.addAnswer(&r, "facts/median-salary", 1)
	c.addAnswer(&r, "facts/salary-range", 1)
	for _, l := range g.Levels {
		r.Table.Rows = append(r.Table.Rows, []string{l.Title, l.Median, l.Average})
		c.addAnswer(&r, "salary/"+l.ID, 1)
	}
	return r
}

func (c *Coach) salaryLevel(id string) Reply {
	l, _ := c.guide.Level(id)
	r := Reply{
		Command: "salary",
		Title:   l.Title + " salary",
		Fields: []Field{
			{Name: "US median", Value: l.Median},
			{Name: "US average", Value: l.Average},
			{Name: "Experience", Value: l.Years},
		},
		Suggestions: []string{"path " + l.ID, "salary", "salary uk"},
	}
	c.addAnswer(&r, "salary/"+id, 1)
	r.Body = []string{l.SalaryText()}
	return r
}

func (c *Coach) salaryCountry(id string) Reply {
	r := Reply{Command: "salary", Suggestions: []string{"salary", "salary us", "can I get a work visa?"}}
	c.addAnswer(&r, "country/"+id, 1)
	if len(r.Answers) > 0 {
		a := r.Answers[0]
		r.Title, r.Body = a.Title, []string{a.Text}
	}
	return r
}

func (c *Coach) path(arg string) (Reply, bool) {
	ws := argWords(arg)
	if id, ok := c.bareManager(arg); ok {
		return c.pathLevel(id), true
	}
	if len(ws) == 0 {
		g := c.guide
		r := Reply{
			Command:     "path",
			Title:       g.SectionTitle(knowledge.SecCareerPath),
			Table:       &Table{Columns: []string{"Level", "Experience", "US Median"}},
			Suggestions: []string{"path assistant", "path senior", "path director", "salary"},
		}
		if s, ok := g.Section(knowledge.SecCareerPath); ok && len(s.Paragraphs) > 0 {
			r.Body = []string{s.Paragraphs[0]}
		}
		for _, l := range g.Levels {
			r.Table.Rows = append(r.Table.Rows, []string{l.Title, l.Years, l.Median})
			c.addAnswer(&r, "path/"+l.ID, 1)
		}
		return r, true
	}
	id, ok := c.levels.whole(ws)
	if !ok {
		return Reply{}, false
	}
	return c.pathLevel(id), true
}

// bareManager: the argument is "manager" alone ("path manager", "salary mgr"), the
// Manager level as "path senior" is Senior. With more around it ("path for a practice
// manager") it is the role's name, and the whole ladder is meant.
func (c *Coach) bareManager(arg string) (string, bool) {
	if ws := words(arg); len(ws) != 1 || ws[0] != "manager" && ws[0] != "managers" {
		return "", false
	}
	return c.managerLevel()
}

// managerLevel is the level the role's own name stands for when it is said as a level
// ("path manager", "after practice manager", "manager level").
func (c *Coach) managerLevel() (string, bool) { return c.levels.whole([]string{"manager"}) }

func (c *Coach) pathLevel(id string) Reply {
	l, _ := c.guide.Level(id)
	r := Reply{
		Command: "path",
		Title:   l.Title,
		Fields:  []Field{{Name: "Experience", Value: l.Years}, {Name: "US median", Value: l.Median}},
		Body:    []string{l.Role, "Key focus areas: " + l.Focus},
	}
	c.addAnswer(&r, "path/"+id, 1)
	r.Suggestions = []string{"salary " + id}
	if next, ok := c.nextLevel(id); ok {
		r.Suggestions = append(r.Suggestions, "path "+next)
	}
	r.Suggestions = append(r.Suggestions, "path")
	return r
}

func (c *Coach) skills(arg string) (Reply, bool) {
	ws := argWords(arg)
	var secs []string
	switch strings.Join(ws, " ") {
	case "":
		secs = []string{knowledge.SecTechnicalSkills, knowledge.SecSoftSkills}
	case "technical", "tech", "hard", "technology", "computer": // not "it": "IT skills" is the IT bullet
		secs = []string{knowledge.SecTechnicalSkills}
	case "soft", "people", "interpersonal", "personal", "leadership":
		secs = []string{knowledge.SecSoftSkills}
	default:
		return Reply{}, false
	}
	r := Reply{Command: "skills", Title: "Skills a Medical Practice Manager needs", Suggestions: []string{"skills technical", "skills soft", "steps"}}
	if len(secs) == 1 {
		r.Title = c.guide.SectionTitle(secs[0])
	}
	for _, id := range secs {
		s, ok := c.guide.Section(id)
		if !ok {
			continue
		}
		var lines []string
		for i, it := range s.Items {
			c.addAnswer(&r, fmt.Sprintf("%s/%d", id, i+1), 1)
			if len(secs) > 1 && it.Name != "" {
				lines = append(lines, "• "+it.Name) // both lists at once: names only
			} else {
				lines = append(lines, "• "+it.String())
			}
		}
		if len(secs) > 1 {
			r.Body = append(r.Body, "*"+s.Title+"*")
		}
		r.Body = append(r.Body, strings.Join(lines, "\n"))
	}
	return r, true
}

func (c *Coach) faq(ctx context.Context, arg string) (Reply, bool) {
	g := c.guide
	ws := argWords(arg)
	n, isNum := nth(ws, len(g.FAQ))
	if isNum && n >= 1 && n <= len(g.FAQ) {
		return c.faqAnswer(g.FAQ[n-1].ID), true
	}
	if len(ws) == 0 && !isNum && strings.TrimSpace(arg) != "" {
		// Only words the grammar skips in arguments, but one may name an FAQ: "faq
		// salary" is the salary FAQ.
		if ms, _ := c.search.Search(ctx, arg, 1, knowledge.KindFAQ); len(ms) > 0 {
			return c.faqAnswer(c.passages[ms[0].ID].Ref), true
		}
	}
	if len(ws) == 0 || isNum { // "faq 9" of 8: show the list to pick from
		r := Reply{Command: "faq", Title: g.SectionTitle(knowledge.SecFAQ)}
		var lines []string
		for i, f := range g.FAQ {
			lines = append(lines, fmt.Sprintf("%d. %s", i+1, f.Question))
			c.addAnswer(&r, "faq/"+f.ID, 1)
		}
		r.Body = []string{strings.Join(lines, "\n"), "Type `faq 1` (or another number) for the answer."}
		r.Suggestions = []string{"faq 1", "faq 8", "faq remote work"}
		return r, true
	}
	ms, err := c.search.Search(ctx, arg, 1, knowledge.KindFAQ)
	if err != nil && !errors.Is(err, knowledge.ErrOffTopic) {
		c.log.Error("faq search failed", "err", err)
	}
	if len(ms) == 0 {
		return c.abstain("faq"), true
	}
	return c.faqAnswer(c.passages[ms[0].ID].Ref), true
}

func (c *Coach) faqAnswer(id string) Reply {
	r := Reply{Command: "faq", Suggestions: []string{"faq"}}
	c.addAnswer(&r, "faq/"+id, 1)
	if len(r.Answers) > 0 {
		r.Title, r.Body = r.Answers[0].Title, []string{r.Answers[0].Text}
	}
	return r
}

func (c *Coach) steps(arg string) (Reply, bool) {
	ws := argWords(becomeOneRE.ReplaceAllString(strings.ToLower(arg), " ")) // "steps to become one": all of them
	g := c.guide
	n, isNum := nth(ws, len(g.Steps))
	if isNum && n >= 1 && n <= len(g.Steps) {
		r := Reply{Command: "steps", Suggestions: []string{"steps"}}
		c.addAnswer(&r, fmt.Sprintf("steps/%d", n), 1)
		r.Title, r.Body = r.Answers[0].Title, []string{r.Answers[0].Text}
		if n < len(g.Steps) {
			r.Suggestions = append([]string{fmt.Sprintf("steps %d", n+1)}, r.Suggestions...)
		}
		return r, true
	}
	if len(ws) != 0 && !isNum { // "steps 7" of 6: show them all
		return Reply{}, false
	}
	r := Reply{Command: "steps", Title: "How to become a Medical Practice Manager, in six steps",
		Suggestions: []string{"steps 1", "skills", "faq 2"}}
	for i, s := range g.Steps {
		c.addAnswer(&r, fmt.Sprintf("steps/%d", i+1), 1)
		r.Body = append(r.Body, fmt.Sprintf("*Step %d: %s.* %s", i+1, s.Title, s.Text))
	}
	return r, true
}

func (c *Coach) outlook(arg string) (Reply, bool) {
	for _, w := range argWords(arg) {
		if !isYear(w) && !phraseFillers[w] { // "outlook 2032", "outlook for the next decade"
			return Reply{}, false
		}
	}
	kf := c.guide.KeyFacts
	r := Reply{
		Command: "outlook",
		Title:   "Job outlook for Medical Practice Managers",
		Fields: []Field{
			{Name: kf.Growth.Label, Value: kf.Growth.Value + " " + kf.Growth.Note},
			{Name: kf.Openings.Label, Value: kf.Openings.Value + " " + kf.Openings.Note},
			{Name: kf.MedianSalary.Label, Value: kf.MedianSalary.Value + " " + kf.MedianSalary.Note},
		},
		Suggestions: []string{"salary", "path", "is the job market stable?"},
	}
	c.addAnswer(&r, "facts/growth", 1)
	c.addAnswer(&r, "facts/openings", 1)
	c.addAnswer(&r, knowledge.SecMarket+"/p1", 1)
	if a, ok := c.answer(knowledge.SecMarket+"/p1", 1); ok {
		r.Body = []string{a.Text}
	}
	return r, true
}

func (c *Coach) tip() Reply {
	tips := c.guide.Tips
	if len(tips) == 0 {
		return Reply{Command: "tip", Title: "No tips yet", Body: []string{"This guide has no readiness tips."}, Suggestions: []string{"steps"}}
	}
	c.mu.Lock()
	t := tips[c.rnd.IntN(len(tips))]
	c.mu.Unlock()
	return c.TipReply(t)
}

// TipReply renders one readiness tip with the section it rests on.
func (c *Coach) TipReply(t knowledge.Tip) Reply {
	sec := c.guide.SectionTitle(t.Section)
	return Reply{
		Command:     "tip",
		Title:       "Readiness tip",
		Body:        []string{t.Text},
		Sources:     []string{sec},
		Answers:     []Answer{{ID: "tip/" + t.ID, Section: sec, Title: "Readiness tip", Text: t.Text, Score: 1}},
		Suggestions: []string{"tip", "steps"},
	}
}

// addAnswer appends a passage to the reply's answers and cites its section.
func (c *Coach) addAnswer(r *Reply, id string, score float64) {
	for _, a := range r.Answers {
		if a.ID == id {
			return
		}
	}
	if a, ok := c.answer(id, score); ok {
		r.Answers = append(r.Answers, a)
		r.addSource(a.Section)
	}
}

// markupRE matches what chat platforms put into a message that is not the person's
// words: mentions and channel links (<@U123>, <#C123|general>, <@&123>, <!here>), links
// (<https://…|label>), bare URLs and mentions typed as plain text (@mpmcoach). A
// pasted link or a mention says nothing about what is asked, and its letters would read
// as unknown words.
var markupRE = gate.MustCompile(`<[@#!&][^>\s]*>|<https?://[^>\s]*>|https?://\S+|(?m)^\s*>\s?|(^|\s)@[\w.-]+`)

// stripMarkup removes chat markup (see markupRE) from a message.
func stripMarkup(text string) string {
	if !strings.ContainsAny(text, "<>@") && !strings.Contains(text, "http") {
		return text
	}
	return strings.TrimSpace(markupRE.ReplaceAllString(text, " "))
}
