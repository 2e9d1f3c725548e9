// Package bot is the coach itself, platform-neutral: it parses a request in the command
// grammar (help, salary, path, skills, faq, steps, outlook, tip, ask, or a free-text
// question) and answers it with a Reply built from the guide. Adapters (terminal, Slack,
// Discord) turn Requests into Replies and render them; no SDK type appears here.
package bot

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mpmcoach/mpmcoach/knowledge"
)

// Searcher finds passages of the guide that answer a question, best first, or none when
// nothing answers it well. index.Index implements it.
type Searcher interface {
	Search(ctx context.Context, text string, limit int, kinds ...knowledge.Kind) ([]knowledge.Match, error)
}

// Request is one message to the coach.
type Request struct {
	Text     string
	User     string
	Channel  string
	Platform string // "terminal", "slack", "discord"
	Slash    bool   // came from a slash command rather than a message
}

// Visibility says who sees a reply.
type Visibility int

// Replies are private to the asker unless they choose to share.
const (
	Private Visibility = iota
	Public
)

// Reply is the coach's answer, for an adapter to render. Every reply that carries guide
// content names its Sources; Answers are the passages behind it, best first.
type Reply struct {
	Command     string // the command that answered: "salary", "question", ...
	Title       string
	Body        []string // paragraphs, in order
	Table       *Table
	Fields      []Field
	Sources     []string // guide section titles cited
	Answers     []Answer
	Suggestions []string // follow-up commands, as a person would type them
	Visibility  Visibility
	Abstained   bool  // nothing in the guide answered the question
	Plan        *Plan // the readiness breakdown, for a readiness reply
}

// Table is a small table, such as salaries by level.
type Table struct {
	Columns []string
	Rows    [][]string
}

// Field is a short labelled value.
type Field struct {
	Name  string
	Value string
}

// Answer is one passage of the guide behind a reply. Text is what a person is shown.
type Answer struct {
	ID      string  `json:"id"`
	Section string  `json:"section"`
	Title   string  `json:"title"`
	Text    string  `json:"text"`
	Score   float64 `json:"score"`
}

// Coach answers requests from one guide. It is safe for concurrent use.
type Coach struct {
	guide     *knowledge.Guide
	search    Searcher
	passages  map[string]knowledge.Passage
	levels    *matcher
	countries *matcher
	log       *slog.Logger

	mu  sync.Mutex
	rnd *rand.Rand

	limiter      *Limiter
	observer     Observer
	logQuestions bool
	profiles     ProfileStore
	readyAliases map[string]string // readiness alias -> item id
}

// Observer is told about every answer, for metrics. Platforms are "slack", "discord",
// "terminal"; commands as in Reply.Command.
type Observer interface {
	Answered(platform, command string, took time.Duration, abstained bool)
	RateLimited(platform string)
}

// Option configures a Coach.
type Option func(*Coach)

// WithRand sets the source of randomness for `tip` (tests use a fixed seed).
func WithRand(r *rand.Rand) Option { return func(c *Coach) { c.rnd = r } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(c *Coach) { c.log = l } }

// WithLimiter limits how fast each chat user may ask (the terminal is not limited).
func WithLimiter(l *Limiter) Option { return func(c *Coach) { c.limiter = l } }

// WithObserver reports every answer to o.
func WithObserver(o Observer) Option { return func(c *Coach) { c.observer = o } }

// WithQuestionLogging puts the text of questions in the log. Off by default: people
// ask about their own careers.
func WithQuestionLogging(on bool) Option { return func(c *Coach) { c.logQuestions = on } }

// New returns a coach for the guide, searching with s.
func New(g *knowledge.Guide, s Searcher, opts ...Option) *Coach {
	c := &Coach{
		guide:    g,
		search:   s,
		passages: map[string]knowledge.Passage{},
		log:      slog.Default(),
		rnd:      rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())),
	}
	for _, p := range g.Passages() {
		c.passages[p.ID] = p
	}
	c.levels = newMatcher()
	for _, l := range g.Levels {
		c.levels.add(l.ID, l.ID, strings.ToLower(l.Title))
		c.levels.add(l.ID, l.Aliases...)
	}
	c.countries = newMatcher()
	for _, ct := range g.Countries {
		c.countries.add(ct.ID, ct.ID, strings.ToLower(ct.Name))
		c.countries.add(ct.ID, ct.Aliases...)
	}
	c.readyAliases = map[string]string{}
	for _, it := range g.Readiness.Items {
		c.readyAliases[it.ID] = it.ID
		c.readyAliases[strings.ToLower(it.Name)] = it.ID
		for _, a := range it.Aliases {
			c.readyAliases[strings.ToLower(a)] = it.ID
		}
	}
	for _, o := range opts {
		o(c)
	}
	c.log = c.log.With("component", "bot")
	return c
}

// Guide returns the guide the coach answers from.
func (c *Coach) Guide() *knowledge.Guide { return c.guide }

// answer turns a passage into an Answer.
func (c *Coach) answer(id string, score float64) (Answer, bool) {
	p, ok := c.passages[id]
	if !ok {
		return Answer{}, false
	}
	return Answer{ID: p.ID, Section: p.Section, Title: p.Title, Text: p.Text, Score: score}, true
}

// addSource appends a section title once.
func (r *Reply) addSource(s string) {
	for _, have := range r.Sources {
		if have == s {
			return
		}
	}
	r.Sources = append(r.Sources, s)
}

// Choice is one option a platform can offer in a menu: Value is what the grammar takes.
type Choice struct {
	Value string
	Label string
}

// Catalog lists what platforms offer as choices for the commands.
type Catalog struct {
	Levels    []Choice // for salary and path
	Countries []Choice // for salary
	FAQ       []Choice // Value is the question's number, as `faq N` takes it
	// Readiness items by kind ("technical", "soft", "credential"); Value is the id,
	// which `readiness` takes in its list.
	Readiness map[string][]Choice
}

// Catalog returns the choices for this guide.
func (c *Coach) Catalog() Catalog {
	var cat Catalog
	for _, l := range c.guide.Levels {
		cat.Levels = append(cat.Levels, Choice{Value: l.ID, Label: l.Title})
	}
	for _, ct := range c.guide.Countries {
		cat.Countries = append(cat.Countries, Choice{Value: ct.ID, Label: ct.Name})
	}
	for i, f := range c.guide.FAQ {
		cat.FAQ = append(cat.FAQ, Choice{Value: strconv.Itoa(i + 1), Label: f.Question})
	}
	cat.Readiness = map[string][]Choice{}
	for _, it := range c.guide.Readiness.Items {
		cat.Readiness[it.Kind] = append(cat.Readiness[it.Kind], Choice{Value: it.ID, Label: it.Name})
	}
	return cat
}

// TipIDs lists the readiness tips' ids, in guide order.
func (c *Coach) TipIDs() []string {
	ids := make([]string, len(c.guide.Tips))
	for i, t := range c.guide.Tips {
		ids[i] = t.ID
	}
	return ids
}

// TipByID renders one readiness tip.
func (c *Coach) TipByID(id string) (Reply, bool) {
	t, ok := c.guide.Tip(id)
	if !ok {
		return Reply{}, false
	}
	return c.TipReply(*t), true
}

// Generation is always 0 for a coach on its own: it never changes (see Live).
func (c *Coach) Generation() uint64 { return 0 }
