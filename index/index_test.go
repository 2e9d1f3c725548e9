package index

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/mpmcoach/mpmcoach/knowledge"
)

var (
	once   sync.Once
	shared *Index
	ids    map[string]knowledge.Passage
)

func testIndex(t testing.TB) *Index {
	t.Helper()
	once.Do(func() {
		g, err := knowledge.Default()
		if err != nil {
			t.Fatal(err)
		}
		ps := g.Passages()
		ids = map[string]knowledge.Passage{}
		for _, p := range ps {
			ids[p.ID] = p
		}
		shared, err = Build(ps)
		if err != nil {
			t.Fatal(err)
		}
	})
	return shared
}

var (
	aloneOnce sync.Once
	alone     *Index
)

// searchAlone is search without the learned model (SetAsked(nil)): what the phrasing
// rules, the analysis and the reranking by coverage make of a question. The model
// learned from the question set, and is judged on questions it never saw, in the
// cross-validated quality test.
func searchAlone(t testing.TB, q string) []knowledge.Match {
	t.Helper()
	aloneOnce.Do(func() {
		g, err := knowledge.Default()
		if err != nil {
			t.Fatal(err)
		}
		if alone, err = Build(g.Passages()); err != nil {
			t.Fatal(err)
		}
		alone.SetAsked(nil)
	})
	ms, err := alone.Search(context.Background(), q, 3)
	if err != nil && !errors.Is(err, knowledge.ErrOffTopic) {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return ms
}

func search(t testing.TB, q string, kinds ...knowledge.Kind) []knowledge.Match {
	t.Helper()
	ms, err := testIndex(t).Search(context.Background(), q, 3, kinds...)
	if err != nil && !errors.Is(err, knowledge.ErrOffTopic) {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return ms
}

// TestHostileInput: user text never reaches a query parser, so nothing a person types
// makes the search fail.
func TestHostileInput(t *testing.T) {
	for _, q := range []string{
		`"`, `*`, `?`, `:`, `~`, `(`, `)`, `[`, `{`, `^`, `\`, `/`, `+-&&||!(){}[]^"~*?:\/`,
		`salary:senior`, `title:remote`, `"unclosed phrase`, `salary~2`, `remote^10`, `*remote*`,
		`AND OR NOT`, `' OR 1=1 --`, "\x00", "\xff\xfe", "😀😀😀", "🏥 salary?", "  ", "",
		strings.Repeat("x", 10*1024), strings.Repeat("salary ", 2000), strings.Repeat("(", 5000),
	} {
		if _, err := testIndex(t).Search(context.Background(), q, 3); err != nil {
			t.Errorf("Search(%.30q): %v", q, err)
		}
	}
}

// TestSynonymsTyposAndPhrasing pins what the phrasing rules and search alone make
// of each kind of question.
func TestSynonymsTyposAndPhrasing(t *testing.T) {
	for _, tc := range []struct{ q, want string }{ // want: the passage, or its section, first
		{"wfh", "faq/remote"},
		// Chat first looks: Porter stems "focus" to "focu" but "focused" to "focus";
		// "over time" at the end is phrasing.
		{"is it patient focused", "soft-skills/5"},
		{"can i move up over time", "faq/career-growth"},
		// Batch 669: test writer: the lingo doctors use is medical terminology;
		// evenings that come with the territory are the hours; what wears managers
		// down is the stress; rooming patients is a medical assistant's work; booking
		// systems are scheduling software; a chatbot doing my job is AI; the pressure
		// bad for your health is stress.
		{"will not knowing the lingo doctors use hold me back", "steps/1"},
		{"do evenings and weekends come with the territory", "cons/4"},
		{"what wears clinic managers down the most", "faq/challenges"},
		{"I room patients and take vitals now, could that lead to running the office", "how-to-become/p3"},
		{"what booking systems would i be expected to run", "tools/p1"},
		{"could a chatbot end up doing my job as office manager", "trends/p1"},
		{"is the pressure in this role bad for your health", "cons/1"},
		// Batch 668: test writer: a burned-out front desk is leading the team; humans
		// or forms is people against paperwork; procedure and diagnosis codes are CPT
		// and ICD-10; work done off site is remote; doctors on my side is the
		// relationship with them; what employers screen for is what they look for.
		{"how do managers motivate a burned out front desk", "soft-skills/1"},
		{"would i spend my day with humans or with forms", "soft-skills/2"},
		{"procedure codes vs diagnosis codes, do managers need both", "technical-skills/1"},
		{"what bits of this work can happen off site", "faq/remote"},
		{"tips for getting the doctors on my side", "pros/5"},
		{"what do employers screen for in interviews", "steps/6"},
		// Batch 667: test writer: an age limit is whether one is too old; what takes
		// longest to learn is the hardest part; hospital-owned against independent is
		// company type; haggling with suppliers is negotiating with vendors; messing up
		// compliance is compliance; what managers do about no-shows is scheduling.
		{"whats the age limit for practice managers", "how-to-become/p1"},
		{"what takes longest to learn in this job", "cons/2"},
		{"hospital-owned vs independent practice, which is better", "career-path/p2"},
		{"who haggles with the suppliers", "responsibilities/5"},
		{"what if i mess up compliance", "responsibilities/4"},
		{"how do managers handle no-shows", "technical-skills/8"},
		// Batch 666: chat slang: the biggest W is a pro; getting people to stop
		// fighting is conflict resolution; a say in hiring is HR; input on the budget
		// is financial strategy.
		{"biggest W of being a pm?", "pros/1"},
		{"how do u get ppl to stop fighting at work", "soft-skills/7"},
		{"do managers have a say in who gets hired", "technical-skills/5"},
		{"do managers have input in the budget", "responsibilities/3"},
		// Batch 665: test writer: small-town clinics short on managers are the rural
		// markets; a state license required to run a medical office is the
		// licensing the role doesn't need.
		{"small-town clinics short on admin leaders?", "opportunities/p2"},
		{"is there a state license required to run a medical office", "visas/p2"},
		// Batch 664: long messages: a physician yelling at the staff is conflict
		// between them; "is this normal for a practice manager" is what the job
		// covers; "a future in it" ends on a pronoun, not IT; positioning oneself is
		// upskilling; messing up the money side is financial management.
		{"one of our physicians keeps yelling at the front desk, what do i do", "cons/3"},
		{"is this normal for a practice manager", "responsibilities/1"},
		{"is there a future in it", "facts/growth"},
		{"is there a way to position myself for it", "opportunities/p2"},
		{"I'm scared I'll mess up the money side", "technical-skills/4"},
		// Batch 663: look-alikes: billing disputes with insurers are payer relations.
		{"do practice managers handle billing disputes with insurers", "technical-skills/6"},
		// Batch 662: test writer: practice administrator against practice manager is
		// the similar roles; who gets blamed is the pressure on the manager;
		// certifications recognized abroad is credential recognition; jobs in specialty
		// clinics are the specialized clinics hiring; who you know is networking; a
		// fire to put out is problem-solving.
		{"practice administrator title vs practice manager title, any real difference", "related-careers/list"},
		{"who gets blamed when the claims keep getting denied", "cons/5"},
		{"are certifications recognized in other countries", "visas/p2"},
		{"are there jobs at specialty practices", "trends/p2"},
		{"is it all about who you know", "steps/4"},
		{"what's a fire a practice manager has to put out", "soft-skills/3"},
		// Batch 661: background first: pivoting to running a clinic is the ways into
		// the field; the manager's chair is the manager's role; when one could be
		// running an office is the timeline.
		{"i'm a pharmacist, could i pivot to running a clinic", "how-to-become/p1"},
		{"what should i learn to move into the manager's chair", "steps/3"},
		{"just got my CMA. how soon could i be running an office?", "faq/timeline"},
		// Batch 660: second language: doing the job by internet is remote work, from
		// one's country too; what character a person must have is the personal
		// qualities; what one needs to do well in the job is the skills; calling the
		// manager on a Sunday is being on call.
		{"can i make this work by internet from my home country", "remote-work/p1"},
		{"what character must have the practice manager", "soft-skills/1"},
		{"what do I need to do well in this job", "qualifications/p1"},
		{"is normal that staff call the manager in the sunday?", "cons/4"},
		// Batch 659: test writer, short questions: worth the hassle is whether the job
		// is worth it; "a normal day ... what would i be doing" is the daily work;
		// keeping the supply closet stocked is inventory; time for kids and hobbies is
		// work-life balance; someone to show me the ropes is a mentor; the pay's
		// floor and ceiling is the range.
		{"is it worth the hassle in the long run", "pros-cons/p1"},
		{"a normal day at the practice, what would i be doing", "responsibilities/1"},
		{"who gets the supply closet restocked", "technical-skills/9"},
		{"will i have time for my kids and hobbies", "faq/work-life-balance"},
		{"i need someone to show me the ropes", "career-path/p3"},
		{"whats the floor and ceiling for salaries", "facts/salary-range"},
		// Batch 658: career coaches: mapping a past title to a level is the career path;
		// freelancing or consulting is the lateral move into consulting; the first job
		// title is the entry level's; framing experience on an application is the
		// resume step.
		{"would her old title map to the senior level", "path/senior"},
		{"can a practice manager freelance or consult", "career-path/p2"},
		{"what's a realistic first job title", "path/assistant"},
		{"how do we frame that on an application", "steps/5"},
		// Batch 657: chat slang: a friend asked for is a figure of speech; "or is it all
		// fluff" asks whether it's worth it; "n stability" is stable employment; not
		// knowing Excel well is data and reports; "good w money stuff" is financial
		// management; being steamrolled by the docs is leadership with physicians,
		// when new too; the vibe at clinics is their culture; excelling at the job is
		// what makes one succeed.
		{"can this job be remote? asking 4 a friend", "faq/remote"},
		{"are certifications worth anything or is it all fluff", "faq/education"},
		{"good benefits n stability?", "pros/4"},
		{"i dont know excel that well, is that bad", "technical-skills/7"},
		{"do u have to be good w money stuff", "technical-skills/4"},
		{"how do i not get steamrolled by the docs as a new mgr", "cons/3"},
		{"is the vibe at clinics toxic", "workplace-culture/p1"},
		{"how do i excel at this job", "soft-skills/1"},
		// Batch 656: test writer: a spouse coming along on a visa is the family visas;
		// sticking with a small family practice is staying at one practice; harder to
		// get hired than years ago is the market's competition.
		{"can my wife and son come with me on a work visa", "visas/p2"},
		{"if i stick with a small family practice will i hit a ceiling", "cons/6"},
		{"is it harder to get hired now than a few years ago", "challenges/p1"},
		// Batch 655: long messages: "or is it the same mess everywhere" repeats the
		// question; going back to commuting is the job being on site; running around
		// the clinic is the setting; mentors for a Black asker are NAHSE's; "what do
		// practice managers typically make" is the pay.
		{"is the job market any better now or is it the same mess everywhere", "faq/job-market"},
		{"would i have to go back to commuting every day", "faq/remote"},
		{"is there a lot of running around the clinic", "work-environment/p1"},
		{"I'm Black. Are there mentors for people like me?", "dei-resources/p1"},
		{"what do practice managers typically make", "facts/median-salary"},
		// Batch 654: test writer: what burns people out is the stress; running
		// operations for a whole health system is the director; programs to be
		// comfortable with are software; signs a practice cares about inclusion,
		// even when asked at an interview, are the inclusive employer's.
		{"which part of this job burns people out", "cons/1"},
		{"at what point do i get to oversee ops for a whole medical group", "path/director"},
		{"what programs should i be comfortable with", "tools/p1"},
		{"signs that a clinic actually cares about inclusion", "workplace-culture/p2"},
		{"how do i know if a practice cares about inclusion when i interview", "workplace-culture/p2"},
		// Batch 653: test writer: living near the clinic is the job being on site; how
		// fast one goes from the front desk is the timeline; who takes the heat is the
		// pressure on the manager; setting clinic hours is operations; experience
		// managing a budget is building skills.
		{"do i have to live near the clinic", "faq/remote"},
		{"how fast can someone go from front desk to manager", "faq/timeline"},
		{"who takes the heat when a payer audit finds coding errors", "cons/5"},
		{"do practice managers help set clinic hours", "responsibilities/1"},
		{"how do i get experience managing a budget without being a manager", "steps/3"},
		// Batch 652: career coaches: whether the job would use her skills is experience
		// carried in; the questions to expect in an interview are not the FAQ; putting
		// military leadership on a resume is the resume step; what wears people down is
		// the cons.
		{"my client is a pharmacist who wants out of retail pharmacy. would practice management use any of her skills?", "how-to-become/p1"},
		{"I'm prepping a client for a practice manager interview. What kind of questions should she expect?", "steps/6"},
		{"how do I help a client translate military leadership into a practice manager resume?", "steps/5"},
		{"does this job wear you down after a few years", "cons/1"},
		// Batch 651: test writer: a provider rude to the MAs is physician behaviour the
		// manager deals with; spreadsheet skills tested in an interview; motivating
		// burnt-out staff is leadership; the best price on gloves is negotiating with
		// vendors.
		{"one of our providers is rude to the MAs every day, is that mine to fix", "cons/3"},
		{"will they test my spreadsheet skills in the interview", "technical-skills/7"},
		{"how do practice managers motivate burnt out staff", "soft-skills/1"},
		{"who gets the best price on gloves and syringes for the office", "responsibilities/5"},
		// Batch 650: long messages: "or am I dreaming" asks whether it is realistic; a
		// long commute told before asking about remote work is why they ask; answering
		// staff texts on weekends is being on call; what lean means is Lean; whether a
		// workplace will be okay for me is the green and red flags; "my director keeps
		// telling me" is a person, not the level.
		{"I'm 45, been a stay at home mom for 12 years, before that I was a medical receptionist for 5 years. Kids are in high school now and I want to get back to work and actually build a career. Is practice management realistic or am I dreaming?", "how-to-become/p1"},
		{"My practice is 100% on-site but I have a long commute, almost 90 min each way. My boss said maybe one day a week from home. I've heard other managers work fully remote. Is that actually a thing or should I be grateful for the one day?", "faq/remote"},
		{"Okay weird question maybe. My mom is a practice manager and says she loves it, but she's always on her phone on weekends answering texts from staff about call-outs. I'm in college deciding between nursing and health admin. Is the weekend stuff normal for the job or just her practice?", "cons/4"},
		{"I'm a gay man and I'm about to interview at a pretty conservative practice in a small town. I'm nervous about whether I'd be accepted. How do I figure out whether a workplace will be okay for me before I accept?", "workplace-culture/p2"},
		{"my director said I should get my CMPE. is it worth it?", "faq/education"},
		// Batch 649: a medical office manager's pay is this role's; another title for
		// this is the similar roles.
		{"how much do medical office managers make", "facts/median-salary"},
		{"is 'practice administrator' just another title for this", "related-careers/list"},
		// Batch 648: test writer: a server crash is IT troubleshooting; the most common
		// way into the career is the pathways in; whether the clinic is making money
		// is the practice's finances, not pay.
		{"if the server crashes mid-clinic, is that on the manager to fix", "technical-skills/12"},
		{"what's the most common way people get into this career", "how-to-become/p1"},
		{"how do practice managers track whether the clinic is making money", "responsibilities/3"},
		// Batch 647: background first: staff who won't speak to each other is conflict,
		// and where to start fixing it is handling it, not the steps into the job;
		// missing patient care is the purpose the role keeps; one's old coworkers as
		// direct reports is leadership.
		{"Three months into running my first clinic, and the billing lady and the nurses won't speak to each other. Where do I even start fixing that?", "soft-skills/7"},
		{"I'm an RN considering practice management. Will I miss patient care too much?", "pros/1"},
		{"I recently became a manager and my old coworkers are now my direct reports. Any advice from the guide?", "soft-skills/1"},
		// Batch 646: chat slang: filler words inside a question ("do u even", "whats
		// actually good"); "my MA job" is a medical assistant's; quitting a job to do
		// practice management is a way in; a phone ringing after hours is being on call;
		// "aint all spreadsheets" asks what the job is; "hiring rn" is the job market;
		// better jobs later are where the skills lead; fighting insurers is payer
		// contracting; an indie practice against a corporate group is workplace culture;
		// what's hard about being a practice manager is the cons.
		{"wat do u even study for this lol", "education/p1"},
		{"ngl this job sounds kinda mid, whats actually good about it", "pros/1"},
		{"lowkey thinking of quitting my MA job to do practice mgmt, bad move?", "how-to-become/p1"},
		{"is this one of those jobs where ur phone never stops ringing after hours", "cons/4"},
		{"pls tell me this job aint all spreadsheets", "responsibilities/1"},
		{"hiring rn or nah?", "faq/job-market"},
		{"insurance companies are the worst, do pms have to fight w them a lot", "technical-skills/6"},
		{"small indie practice vs corporate group, which one hits different for a pm", "workplace-culture/p1"},
		{"whats hard about being a practice manager", "cons/1"},
		// Batch 645: second language: working from one's home country for an American
		// clinic is international remote work, not a foreign degree.
		{"is possible to work from my home country for american clinic?", "remote-work/p1"},
		// Batch 644: test writer: the 56,000 new jobs and where a figure comes from are
		// the BLS projection; practice manager jobs with a four-day week are the hours.
		{"where does the 56,000 new jobs figure come from", "market-commentary/p1"},
		{"are there 4 day work week practice manager jobs", "faq/work-life-balance"},
		// Batch 643: career coaches: setting one's own priorities is autonomy; "push my
		// clients toward" is recommending; avoiding a revolt over new software is staff
		// resisting change; a former officer's fit is experience from another sector.
		{"my client wants a job where she can set her own priorities and not be micromanaged. is practice management like that?", "pros/3"},
		{"what certifications would you recommend I push my clients toward first?", "faq/education"},
		{"how do I steer my team toward the new EHR without a revolt", "cons/7"},
		{"former navy officer here, is this a realistic career move", "how-to-become/p1"},
		// Batch 642: long messages: a job disappearing after AI is named is AI's
		// reshaping; experience from another sector that transfers "to running a
		// practice"; a doctor who refuses to use the new system resists change;
		// staying or moving on is advancing by moving.
		{"i keep seeing posts saying AI is going to replace admin jobs in healthcare. im an assistant practice manager and kind of freaking out. is my job going to disappear?", "trends/p1"},
		{"Long story short, I got laid off from my retail district manager job and I'm looking at healthcare because it seems more stable. I managed 8 stores and about 120 people. Would any of that actually transfer to running a medical practice or would I be starting from scratch?", "how-to-become/p1"},
		{"the dr refuses to use the new scheduling system, what do i do", "cons/7"},
		{"is it time to move on from my first practice manager job after 2 years", "cons/6"},
		// Batch 641: test writer: the cheapest way to get qualified is the route in; the
		// kind of office one works in is the work environment; a green belt is Six
		// Sigma; a good sign of fair treatment is a green flag; never having worked as a
		// nurse is the misconception.
		{"whats the cheapest way to get qualified for practice mgmt", "education/p2"},
		{"what kind of office will i be working in day to day", "work-environment/p1"},
		{"would a green belt help me stand out", "technical-skills/10"},
		{"any good signs that a practice is inclusive to women leaders?", "workplace-culture/p2"},
		{"is it ok if i never worked as a nurse or anything clinical", "how-to-become/p3"},
		// Batch 640: test writer: never having worked "in it" is healthcare, not IT;
		// relocating to find a job is where the jobs are, not moving abroad (moving to
		// get promoted stays moving employers); choosing software is the practice's
		// systems; insurance billing is billing; fired for a HIPAA violation is
		// compliance.
		{"how do I get experience in healthcare if I've never worked in it", "steps/2"},
		{"do I need to relocate to find a practice manager job", "how-to-become/p2"},
		{"do i have to move to get promoted", "cons/6"},
		{"are practice managers involved in choosing new software", "tools/p1"},
		{"do practice managers need to understand insurance billing", "technical-skills/1"},
		{"can a practice manager get fired for a hipaa violation", "responsibilities/4"},
		// Batch 638: long messages. "worth my time or just a buzzword" points back at the
		// story; practices that can't find managers are the rural shortage; a career
		// switch explained in a cover letter is the resume step.
		{"my practice wants me to learn lean six sigma. is that worth my time or just a buzzword?", "technical-skills/10"},
		{"I'm an office manager for a pediatric practice in rural Kansas. Our doctors can't find anyone to replace me when I retire next year. Why is it so hard to find managers out here?", "trends/p2"},
		{"how do I explain a career switch from teaching to practice management in a cover letter? I have 10 years teaching and a master's in education.", "steps/5"},
		// Batch 637: long messages. A hybrid schedule is partly remote; a field "mostly
		// women" is who works in it; hating confrontation is conflict resolution, and
		// "go for it" is no job in IT; no callbacks after applying is the application;
		// whether a private practice values government experience is whether it
		// carries over.
		{"Random thought but with all the telehealth stuff now, do practice managers still need to be in the office every day? I'd love a hybrid schedule.", "faq/remote"},
		{"is the field mostly women?", "diversity/p1"},
		{"Honestly I don't know if I'm cut out for this. I love organizing and fixing processes but I hate confrontation and the job seems to be a lot of that. Should I still go for it?", "soft-skills/7"},
		{"I've applied to like 30 practice manager jobs and heard back from 2. I have a bachelor's in business and 3 years as a billing supervisor. What am I doing wrong?", "steps/5"},
		{"I was a Navy corpsman, then did 6 years as an office manager at a VA clinic. Would a private practice value that or see it as too government?", "how-to-become/p1"},
		// Batch 636: test writer: balancing what doctors want with the business is the
		// clinical side against business acumen; a patient suing is compliance; a
		// physician who won't follow new policies resists a change.
		{"how do managers balance what doctors want with what the business needs", "faq/p1"},
		{"what happens if a patient sues the practice, is that the manager's problem", "responsibilities/4"},
		{"how do you handle a physician who won't follow new policies", "cons/7"},
		// Batch 635: the role against a practice owner is what the role is; out-earning
		// the nurses one supervises is pay compared.
		{"is a medical practice manager the same as a practice owner", "what-is/p1"},
		{"do practice managers out-earn the nurses they supervise", "faq/salary"},
		// Batch 634: test writer: showing one can handle a budget is the resume step's
		// portfolio.
		{"how do I show I can handle a budget if I've never had one", "steps/5"},
		// Batch 633: long backgrounds. A detour is a change of path; "my company offers"
		// is the employer; a gap that may hurt is the resume step; what to ask for in
		// salary is negotiating; an urgent care run is a clinic, and "the same job as a
		// practice manager" is the similar roles; what else to do with years in the role
		// is where its skills lead.
		{"I have a master's in public health and I work in a county health department doing grant reporting. Is practice management too much of a detour?", "how-to-become/p1"},
		{"My company offers tuition reimbursement and I work in hospital patient registration. Should I use it for an MHA or a bachelor's first?", "qualifications/p2"},
		{"I've been out of work for two years caring for my mom. Before that I was an office manager at a dermatology clinic. Will the gap hurt me?", "steps/5"},
		{"I'm the office lead at a two-doctor family practice and they want to make me the practice manager. What should I ask for in salary?", "salary-outlook/p3"},
		{"I've managed an urgent care clinic for four years. Is that the same job as a medical practice manager or different?", "related-careers/list"},
		{"I've been a practice manager for 15 years and I'm tired of the daily grind. What else could I do with this experience?", "pros/7"},
		// Batch 632: test writer: "where in the world" is pay across countries; still
		// seeing patients weighs the clinical side against the administrative role.
		{"where in the world is this job paid best", "global-salaries"},
		{"can you be a practice manager and still see patients", "how-to-become/p3"},
		// Batch 631: chat slang: pajamas are working from home; nightmare docs are
		// physicians' expectations; the skills a new manager needs are the skills.
		// (Six figures asked "how long": Batch 608's row.)
		{"can u do this job in ur pjs from home lol", "faq/remote"},
		{"ngl the docs at my clinic r a nightmare, is dealing w them part of the job", "cons/3"},
		{"skills u need to not flop as a new mgr", "soft-skills/1"},
		// Batch 630: second language: a diploma from abroad is credential recognition;
		// attending a patient is serving one; a job "more for men" or male dominated is
		// women's representation.
		{"i have diploma of nurse from philippines, can i be practice manager in america", "visas/p2"},
		{"when the patient is angry who is attending him, the manager?", "responsibilities/6"},
		{"the women can to be practice manager too or is more for men?", "diversity/p1"},
		{"is it a male dominated field", "diversity/p1"},
		// Batch 629: test writer: bad Google reviews are patients' complaints, not
		// Google the employer.
		{"what can a manager do when patients leave bad google reviews", "responsibilities/6"},
		// Batch 628: career coaches. Out of clinical work is a move to the business side;
		// a timeline from outside healthcare is the timeline; staff conflict is conflict
		// resolution; describing experience on a resume is the resume step; the reasons
		// people burn out are the stress and the hours.
		{"I'm a career coach. My client is a nurse manager who wants out of clinical work. How do I pitch practice management to her?", "how-to-become/p3"},
		{"as a coach, what's a realistic timeline I can give a client with no healthcare background who wants to become a practice manager?", "faq/timeline"},
		{"one of my clients is an introvert and worried about managing staff conflict. What does the guide say the job demands there?", "soft-skills/7"},
		{"how should my client describe her front desk experience on a practice manager resume?", "steps/5"},
		{"I have a client burning out as a practice manager. What are the common reasons people in this role burn out?", "cons/1"},
		// Batch 627: long messages. What a panel wants to hear is interview prep; doing
		// everything in a tiny practice is how the job varies by size; kids at home are
		// no remote work; 55 hours a week is past a full-time week; a choice weighed long
		// term is where it leads.
		{"I have an interview next week for a practice manager role at a cardiology group and I'm nervous. They said it'll be a panel with the physicians and the CFO. What kinds of things will they want to hear from me?", "steps/6"},
		{"My practice is tiny, just two doctors and four staff. I do literally everything: billing, HR, IT, ordering supplies, even cleaning sometimes lol. Is that what every practice manager job is like or do bigger places let you specialize?", "workplace-culture/p1"},
		{"my boss keeps saying I should get my CMPE but honestly I don't know what it even is or if it's worth the time with two kids at home. can someone explain what it is and whether it actually helps?", "faq/education"},
		{"im so tired. worked 55 hours this week again because two people called out and the phones never stop. is this normal for practice managers or is my office just badly run??", "faq/work-life-balance"},
		{"I got offered two jobs. Which one would be better long term?", "cons/6"},
		// Batch 626: long backgrounds. A manager moving into a medical group moves into
		// our role; a cheaper route in is the guide's cheaper ways to learn; the point
		// past which one is stuck is the plateau; better pay weighs the move; the boss's
		// job to take is the skills to build; the people part of running a practice is
		// leading a team; "back home" in another state is no other country, and jobs
		// "out here" are where the asker lives.
		{"I've been a dental office manager for six years and I'm thinking about moving to a medical group. What certification would make me stand out?", "opportunities/p2"},
		{"I'm a single mom working as a scheduler. I can't afford a four-year degree right now. Is there a cheaper route?", "education/p2"},
		{"I've been a practice manager for 12 years at a small office and I feel stuck. How do people usually advance past this point?", "cons/6"},
		{"I'm a medical assistant and I love the patient side but I want better pay. Is management the right move?", "faq/salary"},
		{"I run the front desk at an orthopedic practice and my boss is retiring next year. What should I start learning now so I can take her job?", "steps/3"},
		{"I'm an introvert who did data entry for years. Would I struggle with the people part of running a practice?", "soft-skills"},
		{"We just moved from Texas to rural Montana. I managed a clinic back home. Are there jobs out here or should I expect to commute?", "how-to-become/p2"},
		// Batch 624: test writer: the same rules in every clinic are consistent
		// standards across practices.
		{"how does a regional manager make sure all the clinics follow the same rules", "path/regional"},
		// Batch 623: second language: "in the every day" is the daily work.
		{"what make a practice manager in the every day", "responsibilities/1"},
		// Batch 622: long backgrounds: experience from one country counted in another,
		// what an HR background covers.
		{"I'm moving to Canada next year. Will my US experience count there?", "visas"},
		{"I'm an HR generalist at a hospital. Which parts of a practice manager's job would my HR background cover?", "technical-skills/5"},
		// Batch 620: long messages: the tension between demands, the asker's own money
		// tight, the GI Bill paying for school.
		{"Our practice owner keeps asking me to cut costs but also wants better patient satisfaction scores. Is this tension just part of the job?", "trends/p2"},
		{"I'm early in my career and money is tight. Are professional associations really worth it?", "steps/4"},
		{"im using my gi bill for school, is an mha worth it", "steps/1"},
		// Batch 618: test writer: a scale of 1-10 is no figure, a family raised on the
		// pay asks the pay, interchangeable titles are the same job.
		{"on a scale of 1-10 how stressful would u say this job is", "cons/1"},
		{"could i comfortably raise kids on a practice manager paycheck", "facts/median-salary"},
		{"are medical office manager and practice manager basically interchangeable titles", "related-careers/list"},
		// Batch 617: career coaches: the transferable skills a client brings.
		{"I'm a career coach. My client is a former teacher who wants to manage a medical practice. What transferable skills should she emphasize?", "soft-skills"},
		// Batch 616: long backgrounds: an EHR rollout or migration led, a background as
		// a way in.
		{"I helped with our emr migration, is that relevant experience", "responsibilities/7"},
		{"I've been a pharmacy technician for six years. Could that get me into a practice manager role?", "how-to-become"},
		// Batch 615: test writer: "a plus" is helpful.
		{"is knowing epic a big plus for these roles", "technical-skills/2"},
		{"is a bachelors a plus for this job", "education/p3"},
		// Batch 613: test writer: teamwork.
		{"how much teamwork does this job involve", "pros/5"},
		// Batch 612: long backgrounds: a certification for the move, a network that
		// helps.
		{"I've been an office manager at an optometrist for 4 years. What certification would help me move into a medical practice?", "faq/education"},
		{"I sold medical devices for years. Would my contacts help me get hired as a practice manager?", "steps/4"},
		// Batch 611: career coaches: glorified receptionist work, networking tips,
		// gaps after time away, a small town.
		{"is the job just glorified admin assistant work", "what-is/p1"},
		{"any networking tips for new grads", "steps/4"},
		{"I live in a rural area. will it be hard finding work?", "opportunities/p2"},
		// Batch 610: test writer: the skills the job develops, the benefits of the
		// career (not a benefits package).
		{"what skills would I gain from working as a practice manager", "pros/2"},
		{"what are the benefits of going into practice management", "pros/1"},
		// Batch 608: chat slang: "ok real talk", "or nah" before "if", respect without
		// a clinical background, "6 figs" (asked "how long", the years to the Senior
		// level since Batch 631).
		{"okay real talk is this job worth it", "pros-cons/p1"},
		{"will docs take me seriously or nah if im not a nurse", "how-to-become/p3"},
		{"how long til i make 6 figs", "path/senior"},
		// Batch 606: test writer: a practice manager against a clinical manager or an
		// administrator.
		{"how does a practice manager differ from a clinic manager", "related-careers/list"},
		{"is a practice manager basically the same as an administrator?", "what-is/p2"},
		// Batch 605: second language: discrimination for the women, "Is useful?" after
		// a law office, where one can study.
		{"There is discrimination for women in the practice management?", "diversity/p1"},
		{"I only worked in an office of lawyers for 5 years. Is useful?", "how-to-become/p1"},
		{"Where I can study for become practice manager?", "faq/education"},
		// Batch 604: long messages: "or is that a fantasy", an interview's "what will
		// they expect me to know".
		{"I've been a bartender for 10 years and I'm very organized. Could I ever become a practice manager or is that a pipe dream?", "how-to-become/p1"},
		{"I'm interviewing for a practice manager job next week. What will they expect me to know?", "responsibilities/1"},
		// Batch 601: test writer: coordinating with IT, how the job changes in a
		// kind of practice.
		{"is liaising with IT part of this role", "technical-skills/12"},
		{"how does the job change in a large multispecialty group", "workplace-culture/p1"},
		// Batch 599: what a practice manager may do with patients' records is the
		// privacy duty.
		{"can practice managers look at patient charts", "soft-skills/6"},
		// Batch 598: test writer: practice size, a clinic that cares about diversity,
		// weekends free, a work permit for Britain, moving between practices to get
		// promoted.
		{"are smaller clinics easier to work at than big ones", "workplace-culture/p1"},
		{"how can i tell if a practice really cares about diversity", "workplace-culture/p2"},
		{"will I have my saturdays free as a practice manager", "cons/4"},
		{"which work permit does a foreign practice manager need for britain", "visas/p1"},
		{"is it normal to move between practices to get promoted", "cons/6"},
		// Batch 597: chat slang: "pros n cons" of a "gig", "r there jobs for this rn".
		{"pros n cons of this gig pls", "pros-cons/p1"},
		{"r there even jobs for this right now", "facts/openings"},
		// Batch 594: test writer: what else to apply for is the related roles.
		{"what other roles could I apply for if I can't land a practice manager job", "related-careers/list"},
		// Batch 593: career coaches: people who don't enjoy small talk, software to
		// learn before interviews.
		{"is this job ok for people who don't enjoy small talk", "soft-skills/2"},
		{"which systems should my clients learn before job interviews?", "tools/p1"},
		// Batch 592: what a medical practice pays, after another kind.
		{"I manage a dental office. would I make more money at a medical clinic?", "salary/manager"},
		// Batch 591: test writer: sucking at math, letting people go, how many apply
		// for an opening, a job in rural areas.
		{"i'm terrible with numbers, can i still do this", "technical-skills/4"},
		{"i suck at confrontation", "soft-skills/7"},
		{"is it my job to let people go", "responsibilities/2"},
		{"how many candidates usually apply for a practice manager job?", "challenges/p1"},
		{"how hard is it to get hired in rural areas", "opportunities/p2"},
		// Batch 590: long backgrounds: a pay cut on moving in, an office every day,
		// where one fits on the ladder.
		{"Would I take a pay cut switching to practice management from nursing?", "faq/salary"},
		{"Coding from home now. If I switch to practice management will I need to come in to the office every day?", "faq/remote"},
		{"I spent 8 years as a police officer and I have a business degree. Where would I fit on the practice manager ladder?", "faq/timeline"},
		// Batch 589: chat slang: a tag at the end ("lol", "haha") says nothing, and
		// "where to even begin" is where to begin.
		{"no idea where to even begin lol", "steps/1"},
		{"how do i get into this haha", "how-to-become/p1"},
		// Batch 588: test writer: what practice managers make, CPT codes "for this",
		// the people who work under one, one software program, a retail store as
		// background.
		{"what do medical practice managers make", "facts/median-salary"},
		{"do I need CPT codes for this or no", "technical-skills/1"},
		{"how many people work under a practice manager?", "soft-skills/1"},
		{"if I only have time to learn one software program, which one?", "tools/p1"},
		{"I manage a retail store, can I become a medical practice manager?", "how-to-become/p1"},
		// Batch 587: coaches: experience that counts toward practice management,
		// where it lands among remote-friendly careers, pay by level broken down,
		// what they actually do, a resume gap.
		{"A client of mine manages a physical therapy clinic. Does that experience count toward medical practice management?", "how-to-become/p1"},
		{"I'm helping a client compare remote-friendly careers. Where does practice management land?", "faq/remote"},
		{"I want to give my clients realistic pay expectations by level. Can you break it down?", "faq/salary"},
		{"My client says practice managers just push paper. How do I explain what they actually do?", "responsibilities/1"},
		{"How should a client with a gap in her resume approach applying for practice manager jobs?", "steps/5"},
		// Batch 586: long messages: why the numbers differ, no senior role at our
		// practice, seasonality to hiring, the two jobs after hospital admin.
		{"I know the guide says the median salary is around 104k but that seems really high for what I'm seeing in my area. Why would the numbers be so different?", "salary-outlook/p1"},
		{"My manager says I'm ready for a promotion but there's no senior role at our practice. Is that common? What should I do?", "cons/6"},
		{"Kind of a weird question but is there any seasonality to hiring for practice managers? Like is January a good time to apply or should I wait?", "trends/p3"},
		{"My advisor keeps pushing me toward hospital admin, but the smaller clinic setting appeals to me more. What's actually different between the two jobs day to day?", "what-is/p2"},
		// Batch 584: a test writer's jobs concentrated in certain areas.
		{"Are practice manager jobs concentrated in certain areas?", "market-commentary/p3"},
		// Batch 583: long backgrounds: a six sigma green belt, a scribe's years, a
		// career that moves, tools to fix workflow, age as a negative, a two-dentist
		// practice's manager.
		{"I just finished a six sigma green belt through my hospital job.", "technical-skills/10"},
		{"I've been a medical scribe for three years while finishing my degree in health administration. What entry-level titles should I search for?", "steps/2"},
		{"My spouse is in the Navy and we move every 2-3 years. I'm a practice manager. Is there any way to keep my career going with all this moving?", "faq/remote"},
		{"I manage a busy pediatric practice and our front desk keeps making scheduling mistakes. What tools or methods do practice managers use to fix workflow problems?", "technical-skills/10"},
		{"I'm 48 and just finished my MHA online. Will employers see my age as a negative?", "how-to-become/p1"},
		{"I'm the office manager for a two-dentist practice and I've been asked to also manage their new urgent care clinic next door. What's different about running a medical practice?", "what-is/p1"},
		// Batch 582: chat slang: Epic hard to learn, an MPM at 22, the pay worth the
		// headache, the job sucking in small offices.
		{"is epic hard to learn", "technical-skills/2"},
		{"can i be an mpm at 22", "faq/timeline"},
		{"is the pay worth the headache tho", "pros/6"},
		{"does the job suck in small offices", "workplace-culture/p1"},
		// Batch 581: coaches: the pros for a hesitant client, resources to point her
		// to, what a teacher finds familiar, the quickest credential.
		{"How would you summarize the pros of this career for a hesitant client?", "pros/1"},
		{"My client is a Black woman who feels stuck at assistant manager. Any resources I could point her to?", "dei-resources/p2"},
		{"I coach career changers from teaching. What parts of practice management would a former teacher find familiar?", "how-to-become/p1"},
		{"What's the quickest credential a client could earn to look more qualified?", "qualifications/p2"},
		// Batch 580: a test writer's qualities physicians value in a manager.
		{"What qualities do physicians value in a practice manager?", "soft-skills/2"},
		{"what do doctors value most in a practice manager?", "soft-skills/2"},
		// Batch 579: a second language: whether CMPE is necessary for work; entry
		// in this career; women's problems to be leaders.
		{"is the CMPE necessary for work?", "faq/education"},
		{"For entry in this career, what I study first?", "steps/1"},
		{"do women have problems becoming leaders in this job?", "diversity/p1"},
		// Batch 576: long messages: whether it is mostly a finance job.
		{"I'm a people person, but I'm honestly not great with numbers. Would I still be able to succeed as a practice manager or is it mostly a finance job?", "responsibilities/3"},
		// Batch 575: long backgrounds: experience that carries over, the parts of the
		// job to learn first, a retiring manager's replacement, no nights, regulations
		// and HR after a background, a real career path.
		{"I'm a nurse. would my experience carry over to practice management?", "how-to-become/p1"},
		{"What parts of the job should I focus on learning first?", "responsibilities/1"},
		{"Our office manager is retiring. What should we look for in her replacement?", "qualifications/p2"},
		{"I can't work nights. Is practice management a good move for me?", "cons/4"},
		{"Our practice has had three compliance scares this year. What regulations should I be on top of?", "technical-skills/3"},
		{"I've been running the front desk for years. What do I need to learn about HR?", "technical-skills/5"},
		{"Is practice management a real career path for someone like me?", "how-to-become/p1"},
		// Batch 574: coaches: a realistic next title, an Army NCO's fit, advancement
		// that takes a new employer, growth areas.
		{"what's a realistic next title for me", "faq/career-growth"},
		{"Would a former Army medical administration NCO be a good fit for practice management?", "how-to-become/p1"},
		{"How should a client prepare for the fact that advancement may require changing employers?", "cons/6"},
		{"Which growth areas should I steer ambitious clients toward?", "market-commentary/p2"},
		// Batch 573: chat slang: "lowkey" and "hella" around a question, leveling up
		// to manager, standing out when applying.
		{"lowkey is this a good career", "pros-cons/p1"},
		{"do mpms get hella stressed", "cons/1"},
		{"im in billing rn how do i level up to manager", "faq/timeline"},
		{"need tips to stand out when applying pls", "steps/5"},
		// Batch 571: a test writer's traits that "make someone successful".
		{"What personality traits make someone successful in this role?", "soft-skills/1"},
		// Batch 570: long backgrounds: applying elsewhere for the title, a
		// bookkeeper's QuickBooks, the entry-level market, staff resisting a new EHR.
		{"I've been an assistant practice manager for 4 years and my manager isn't going anywhere. Should I start applying elsewhere to get the manager title?", "cons/6"},
		{"I'm a bookkeeper for a few small businesses and I'm really good with QuickBooks. Would that be useful in a medical practice manager job?", "tools/p1"},
		{"I'm a new grad with a BS in healthcare administration and I've applied to 40 jobs with no callbacks. Is the entry-level market really that bad right now?", "trends/p3"},
		{"My practice is switching from paper charts to an EHR and I'm leading it. The staff is resistant and I'm overwhelmed. Any guidance?", "cons/7"},
		// Batch 569: coaches: what a move gains and loses, a 90 day plan, the field's
		// stats, an underqualified client told gently, a client's age, two offers
		// from practices. (An interview's last questions: bot_test.)
		{"my client is torn between staying a charge nurse and moving into practice management. what would she gain and lose?", "pros-cons/p1"},
		{"what's a good 90 day plan I can give a client starting her first practice manager job", "path/manager"},
		{"I run workshops for career changers. what stats about this field should I include?", "facts/growth"},
		{"how do I tell a client she's underqualified without crushing her", "qualifications/p2"},
		{"my client is 62 and wants one more career. is practice management realistic at that age?", "inclusive-hiring/p2"},
		{"my client got two offers, one at a dermatology practice and one at a big hospital system. what should she weigh?", "workplace-culture/p1"},
		// Batch 566: a second language: "make the change from teacher to this",
		// "the informatic", "patients angry".
		{"I want make the change from teacher to this, is difficult?", "faq/timeline"},
		{"is necessary to know the informatic?", "technical-skills/12"},
		{"the practice manager must to speak with patients angry?", "responsibilities/6"},
		// Batch 565: chat slang: the grind day to day, "thatll", the market
		// "trash", "no cap", getting hired fast.
		{"whats the grind like day to day", "responsibilities/1"},
		{"any certs thatll get me paid more", "salary-outlook/p2"},
		{"is the market trash rn", "faq/job-market"},
		{"gimme the cons no cap", "cons/1"},
		{"whats the move to get hired fast", "how-to-become/p1"},
		// Batch 564: a test writer's mix: moving between employers to advance.
		{"Is job hopping necessary to advance?", "cons/6"},
		{"to get promoted do I need to job hop?", "cons/6"},
		// Batch 562: long messages: a fire that is a problem, denied claims and
		// where to start fixing billing; front desk people who quit are staff; what
		// to study to step in; whether practices would consider them; pay in the
		// Midwest.
		{"Just finished my first month as practice manager at a 6-provider pediatric clinic. Honestly it's been a blur. Staff turnover is high, two front desk people quit this week, and the docs are frustrated. What should I prioritize to stabilize the team?", "responsibilities/2"},
		{"ok so this is kind of a long story. I was a dental hygienist for 12 years, then my wrists started giving out so I moved to the front office at the same practice. I've been doing scheduling and insurance verification for 2 years now and honestly I kind of love the business side. The office manager is retiring next year. My question is: what should I be studying right now so I'm ready to step in?", "steps/3"},
		{"Okay, so I'm a vet tech and I know vet medicine isn't human medicine, but I've been doing a lot of the admin at our animal hospital — scheduling, inventory, some billing. Would human medical practices even consider me?", "how-to-become/p1"},
		{"what do practice managers make in the midwest", "faq/salary"},
		{"My practice manager quit without notice and the doctors asked me to fill in temporarily. I'm the lead medical assistant. I have zero management training. The biggest fire right now is that claims keep getting denied and cash flow is bad. Where do I even start with fixing billing?", "responsibilities/3"},
		// Batch 561: coaches: a client "who's" a dental office manager is the
		// asker's background; a client's hates and struggles are the asker's; resume
		// keywords; skills that map onto the role; coding for EHRs is programming;
		// how to get the experience they lack; the process of working in a country;
		// what to be ready to discuss at an interview.
		{"I have a client who's a dental office manager. Is the jump to a medical practice a big one?", "how-to-become/p1"},
		{"what resume keywords should my client use for practice manager postings", "steps/5"},
		{"I coach people leaving the military. which of their skills map onto this role?", "how-to-become/p1"},
		{"my client hates conflict. be honest, will she struggle in this role?", "soft-skills/7"},
		{"does my client need to know how to code to work with EHRs", "technical-skills/12"},
		{"my client keeps getting rejected for lack of EHR experience. how can she get it?", "steps/2"},
		{"I'm coaching someone from the Philippines who wants to do this in Canada. What's the process?", "visas/p1"},
		{"my client is interviewing next week for a practice manager role. what should she be ready to talk about?", "steps/6"},
		// Batch 560: long backgrounds: "is this something every practice manager
		// deals with" asks whether what was told is the job's; staff the asker
		// manages at the front desk, and their privacy breach; "which one" after a
		// certification.
		{"The docs refuse to switch to a new EHR and I'm exhausted from fighting them. Is this something every practice manager deals with?", "cons/7"},
		{"I'm a medical receptionist at a dermatology office. The practice manager there seems stressed all the time and works late. Is that normal for the job or is it just my office?", "cons/4"},
		{"I'm a practice manager and I just found out one of my front desk staff has been sharing patient info on social media. What am I supposed to do?", "soft-skills/6"},
		{"I'm an assistant manager and my boss wants me to get a certification first. Which one should I get?", "faq/education"},
		// Batch 559: a level told before a question about the job market is who
		// asks; "job prospects" asked about are the market's, improved ones the
		// certification's.
		{"I've been a senior manager for 8 years. Is the job market bad right now?", "faq/job-market"},
		{"are the job prospects good?", "market-commentary/p1"},
		{"does a CMPE improve my job prospects", "faq/education"},
		// Batch 559: how hard each level's jobs are to land, set side by side.
		{"Are entry-level roles harder to get than senior ones right now?", "market-reality/p1"},
		{"are senior managers more in demand than assistants", "market-reality/p1"},
		{"is there more competition for entry level jobs or senior ones", "market-reality/p1"},
		// Batch 558: a second language: "more difficult" for the most, "exist" for is
		// there, a day of work.
		{"what is more difficult in this profession", "faq/challenges"},
		{"exist certification for this job?", "faq/education"},
		{"how is the typical day of work", "responsibilities/1"},
		// Batch 556: a test writer's mix: a specialization's outlook.
		{"What's the career outlook for someone who specializes in telehealth?", "opportunities/p2"},
		// Batch 555: long messages: where managers go, a licence to move states, a
		// market's normal, what is dreaded, a title, a pivot in, a choice of paths.
		{"I'm planning my next 5 years. Where do practice managers usually go after they've done the job for a while? Like what's the next role?", "faq/career-growth"},
		{"My wife and I are thinking about moving from Ohio to Florida. I'm a practice manager. will I need any kind of state license or certification to work there?", "visas/p2"},
		{"So my practice just got bought by a private equity group and everything is changing. New software, new reporting, layoffs in billing. I'm the practice manager and I'm stressed out of my mind. Is this normal in the industry right now?", "trends/p2"},
		{"I love the idea of this job but I'm an introvert and dealing with angry patients and staff drama sounds exhausting. Be honest, would I hate it?", "soft-skills/7"},
		{"ok long question. I'm currently working at a urgent care as a medical assistant, I've been there 4 years and I'm the go-to person for training new hires and fixing the schedule when it falls apart. my manager says I'm basically doing half her job already. how do I turn that into an actual title?", "career-path/p3"},
		{"is healthcare admin a realistic pivot", "how-to-become/p1"},
		{"I keep going back and forth. part of me wants to do an MHA because everyone says it's the gold standard, but it's expensive and takes 2 years. the other option is just getting a certification and learning on the job. which path makes more sense if I'm already 35?", "education/p2"},
		// Batch 554: a test writer's mix: the role worth it.
		{"Is a career in medical practice management worth it?", "pros-cons/p1"},
		{"is being a practice manager worth it", "pros-cons/p1"},
		// Batch 553: chat slang: an apology for the question, a job that is a vibe.
		{"sry dumb q but what even is an mpm", "what-is/p1"},
		{"sorry dumb question but what is an mpm", "what-is/p1"},
		{"is this job a vibe or nah", "pros-cons/p1"},
		// Batch 552: coaches: the clients they will tell, age, a resume, a certification.
		{"what's the strongest argument I can make to a client that this career has a future", "faq/job-market"},
		{"what networking groups should I point clients toward", "steps/4"},
		{"is there a typical timeline I can give clients for reaching manager from scratch", "faq/timeline"},
		{"how should my client describe her front desk experience on a resume for these roles", "steps/5"},
		{"a client of mine is 58 — is age a barrier in this field?", "inclusive-hiring/p2"},
		{"which certification would you recommend for a client who already manages a small clinic", "faq/education"},
		// Batch 551: long backgrounds: a pull towards our field, pay after skills, stress
		// compared, what to be learning.
		{"Currently an HR generalist at a manufacturing company. I handle recruiting, onboarding, benefits. Healthcare seems more meaningful. What would I need to learn that I don't already know?", "steps/3"},
		{"Background: 10 years army logistics, honorable discharge, bachelor's in business from online school. I want a civilian job that's stable. Is healthcare management actually recession proof like people say?", "market-commentary/p3"},
		{"Been a nurse for 15 years, charge nurse for the last 4. Burned out on bedside. Would going into practice management be less stressful or just a different kind of stress?", "cons/1"},
		{"what should I be learning", "steps/3"},
		{"I'm a coder, I know CPT and ICD-10 really well. What does a practice manager earn?", "facts/median-salary"},
		{"I'm a billing specialist and I know CPT and ICD-10 inside and out. How much would I make as a practice manager?", "facts/median-salary"},
		{"what's the pay jump from medical assistant to practice manager", "facts/median-salary"},
		{"I run scheduling and the front desk at a busy clinic. How much more would a practice manager make?", "faq/salary"},
		// Batch 550: a test writer's mix.
		{"does location matter when looking for these jobs", "how-to-become/p2"},
		{"do employers care if my degree is from another country", "visas/p2"},
		{"do employers care if my certification is from another country", "visas/p2"},
		// Batch 548: comparisons.
		{"is a practice manager the same as an office manager", "related-careers/list"},
		// Batch 547: a test writer's mix.
		{"what associations offer certification", "faq/education"},
		// Batch 546: long backgrounds.
		{"I'm a social worker at a community health center. I do a lot of coordination, grant reporting and I supervise two case managers. I'm thinking about the admin side. Does my supervisory experience count for anything?", "qualifications/p2"},
		{"I have my MHA but I've only ever worked in insurance, at a payer. I understand claims really well. Would practices value the payer side perspective?", "technical-skills/6"},
		{"is hr experience useful", "technical-skills/5"},
		{"I'm an HR generalist at a hospital and I've gotten pretty burned out on just doing HR. I'd like something broader. Is practice management broader than HR?", "pros/2"},
		// Batch 545: long messages.
		{"I hate conflict. Like really hate it. From what I've read, practice managers deal with a lot of staff drama and angry patients. Is that accurate or overblown?", "soft-skills/7"},
		{"Could you break down the main things a practice manager is responsible for? I want to see if my current experience covers most of it before I apply.", "responsibilities/1"},
		{"I've got maybe 10 hours a week to prepare for a career switch into this. What should I spend that time on first to make the biggest difference?", "steps/1"},
		{"I read that practices are trying to be more inclusive in hiring. What are they actually doing, like specific practices, and how would I know if a place is serious about it?", "workplace-culture/p2"},
		// Batch 544: a test writer's mix.
		{"is there demand in rural areas", "opportunities/p2"},
		{"how do I show I'm ready for a promotion", "career-path/p2"},
		// Batch 543: background first.
		{"I'm in my 60s. Can I still get hired?", "how-to-become/p1"},
		{"how do i earn the doctors trust", "pros/5"},
		{"I manage a vet clinic. Is the human side very different?", "what-is/p2"},
		// Batch 540: chat slang.
		{"does the job slap or is it mid", "pros-cons/p1"},
		{"need tips for the interview asap", "steps/6"},
		{"drs be bossing u around a lot?", "cons/3"},
		{"is it all spreadsheets n stuff", "technical-skills/7"},
		{"can i flex being bilingual for this", "soft-skills/2"},
		{"any grps for lgbtq folks in this field", "dei-resources/p2"},
		// Batch 539: coaches.
		{"how would you describe this role to someone who's never heard of it?", "what-is/p1"},
		{"I've never heard of this job, what is it", "what-is/p1"},
		{"how do i help a client figure out if a practice has an inclusive culture", "workplace-culture/p2"},
		{"One of my clients is worried about burnout in this job. Is that a fair concern?", "cons/1"},
		{"I'm advising a veteran who ran supply logistics. Which of his skills transfer?", "technical-skills/9"},
		{"what parts of the job would be new to me", "cons/2"},
		// Batch 538: long backgrounds.
		{"What kind of pay jump is realistic if I move to a bigger group?", "salary-outlook/p2"},
		{"would i make more at a larger clinic", "salary-outlook/p2"},
		{"If I switch to medical, do I start over at the bottom or does my experience count?", "how-to-become/p1"},
		{"ok so context: I'm in my second year of an MHA program, no real healthcare job yet except volunteering at a free clinic on weekends. My professors say get experience but everything wants 2+ years. What kinds of jobs should I be applying to right now?", "steps/2"},
		{"give me an honest answer, do i need a degree", "faq/education"},
		{"Which parts of the job would I already be good at and which would be new?", "how-to-become/p3"},
		// Batch 537: a test writer's mix.
		{"is there an entry level version of this job", "path/assistant"},
		// Batch 536: background first.
		{"I'm a software developer who built an app for clinics. I want to understand the people who'd buy it. What do practice managers worry about most?", "faq/challenges"},
		{"I'm a travel nurse. Would this job let me keep moving around the country?", "work-environment/p1"},
		// Batch 535: short chat with typos.
		{"do i need a mastres", "qualifications/p2"},
		// Batch 534: long backgrounds.
		{"I relocated from the Philippines last year where I was a hospital department head. In Canada I'm working as a unit clerk. How do I get my credentials recognized so I can move up?", "visas/p2"},
		{"So my situation is kind of weird. I have a PhD in biology and spent 5 years in a research lab, but I hate research. I like organizing things and people. Would practice managers value a PhD or is it irrelevant?", "global-salaries/p3"},
		{"I'm a 24 year old medical assistant, I've been at the same family practice since I was 19. My office manager says I should go for it. What certs should I work on now so I'm ready in a couple years?", "faq/education"},
		// Batch 533: background first.
		{"I've been a restaurant general manager for 12 years. Could I skip the assistant level?", "path/assistant"},
		{"I'm a paralegal. Is compliance work similar?", "technical-skills/3"},
		{"is compliance work hard", "technical-skills/3"},
		{"I'm a med school dropout. Is this a good alternative career?", "how-to-become/p1"},
		{"I'm a clinic nurse who ends up doing scheduling and supply orders. Is that management experience?", "how-to-become/p1"},
		// Batch 532: test writer, the guide's own words asked about.
		{"How does the guide describe the purpose of the pros and cons section?", "pros-cons/p1"},
		{"Why does the guide call the practice manager pivotal?", "what-is/p1"},
		{"summarize the remote work section", "remote-work/p1"},
		// Batch 531: comparisons.
		{"what's better, an online MHA or an in-person one", "education/p3"},
		{"is an online mba as good as an in-person mba", "education/p3"},
		// Batch 530: career coaches and community admins.
		{"for our community newsletter: what's the job outlook in two sentences", "market-commentary/p1"},
		{"for my coaching session tomorrow: how do practice managers advance?", "faq/career-growth"},
		{"one of my clients is a 50 year old paramedic, wants to know how long the switch would take", "faq/timeline"},
		{"I'm a 50 year old paramedic, how long would the switch take?", "faq/timeline"},
		{"the salary in one line?", "facts/median-salary"},
		// Batch 529: English as a second language.
		{"for to be promoted what i must to do", "faq/career-growth"},
		{"what do i need to be hired", "qualifications/p2"},
		{"what does someone need to get hired as a practice manager", "qualifications/p2"},
		// Batch 528: a job fair is no fairness in hiring.
		{"what should i bring to a job fair", "steps/6"},
		{"any healthcare job fairs for practice managers?", "steps/6"},
		// Batch 527: long messages.
		{"how do i get into it", "how-to-become/p1"},
		{"how do i get buy-in from staff for a new ehr", "cons/7"},
		{"We're a 3 doctor practice and our manager just quit. We're trying to figure out what to pay the replacement. What's a fair salary?", "facts/median-salary"},
		{"I moved here from India two years ago, I was a hospital administrator there for 10 years. Now I work as a medical receptionist because nobody recognizes my experience. How do I get back into management?", "visas/p2"},
		{"My daughter is graduating high school and is interested in the business side of healthcare. What should she major in?", "how-to-become/p1"},
		// Batch 526: background first.
		{"Former bank teller here, good with numbers. Is the financial side a big part of the job?", "responsibilities/3"},
		{"I was a bank teller, good with numbers. Is the financial side a big part of the job?", "responsibilities/3"},
		// Batch 525: chat slang.
		{"srsly how stressful is it", "cons/1"},
		{"hmu with the steps to get started", "steps/1"},
		{"is the pay legit", "facts/median-salary"},
		{"tbf is it stressful", "cons/1"},
		{"afaik you need a degree, right?", "faq/education"},
		// Batch 524: test writer.
		{"how do i know if im cut out for this", "soft-skills/1"},
		{"who hires and fires at a clinic", "responsibilities/2"},
		{"what does the ehr part of the job involve", "responsibilities/7"},
		{"how much of the job is spreadsheets and reports", "technical-skills/7"},
		{"can this job burn you out", "cons/1"},
		{"do women face extra hurdles in this field", "workplace-culture/p1"},
		// Batch 523: background first; the opening read as typed, and more career steps.
		{"I'm a scribe in an ER. Is that healthcare experience?", "steps/2"}, // working in the ER, not a visit
		{"I'm a property manager. Is handling vendors and contracts similar?", "responsibilities/5"},
		{"I'm a retail pharmacist. Would the pay drop a lot?", "facts/median-salary"},
		{"I'm a graduate student in an MHA program. When should I start applying?", "steps/6"},
		{"I'm a business school grad. Is healthcare management a smart move?", "how-to-become/p1"},
		// Batch 522: test writer, the market and global passages.
		{"when do practices usually hire", "trends/p3"}, // the hiring seasons, not inclusive hiring
		{"what kind of clinics have the most opportunities", "opportunities/p2"},
		{"is my US experience valued overseas", "global-salaries/p3"},
		// Batch 521: test writer.
		{"does this job have a future with all the automation", "market-commentary/p2"},
		{"how is the market in big cities vs small towns", "trends/p2"}, // a market "in" somewhere is no economy question
		{"what's the money like down under", "country/australia"},
		// Batch 520: long backgrounds.
		{"I've got 20 years in the Air Force, mostly administration and personnel. I retire next year. Would a clinic see me as a manager right away or do I have to start lower?", "how-to-become/p1"},
		{"I'm in my second year of a healthcare admin bachelor's. I'm working part time at a hospital gift shop. Should I try to switch to something more relevant while I study?", "steps/2"},
		{"I used to be a practice manager but I took 5 years off to raise my kids. Now I want to go back. What has changed in the field and what should I brush up on?", "qualifications/p3"},
		{"Okay so here's my situation. I've been a pharmacy technician for 6 years, I do a lot of inventory and scheduling for our team, and I'm tired of standing all day. I've looked at practice management but I'm not sure I'd qualify without a degree. Thoughts?", "qualifications/p2"},
		// Batch 518: comparisons.
		{"which is harder, the people side or the money side", "cons/5"},
		{"what's more valued, soft skills or technical skills", "qualifications/p3"},
		// Batch 516: background first.
		{"I'm a physical therapist. Would I be taken seriously as a manager?", "pros/5"},
		{"I'm an office admin at a law firm. Is a medical office very different?", "what-is/p1"},
		{"I'm a 60 year old retiree. Is it too late to try this?", "how-to-become/p1"},
		{"I'm a warehouse supervisor. Would inventory experience help?", "technical-skills/9"},
		{"I'm a law school dropout. Is healthcare admin a good fit?", "how-to-become/p1"},
		// Batch 515: test writer, chat shorthand.
		{"can i use this job to get into other admin jobs later", "pros/7"},
		// Batch 514: career coaches and community admins; who asks and where it is shared
		// are not the topic.
		{"someone in our discord wants to know the pay in brazil", "country/brazil"},
		{"what's a good networking tip I can share with the channel", "steps/4"},
		{"a client is worried about burnout in this role, what does the guide say", "cons/1"},
		{"for my workshop: what are the top three cons of this career?", "cons"}, // not step 3's workshops
		{"how would you explain what a practice manager does to a high schooler", "responsibilities"},
		// Batch 513: test writer, formal register.
		{"What challenges might underrepresented managers face?", "diversity/p1"}, // "might" is a modal, not a match
		{"How might artificial intelligence reshape this profession?", "trends/p1"},
		{"Which regulatory frameworks should a practice manager be familiar with?", "technical-skills/3"},
		// Batch 512: English as a second language.
		{"what habilities are necessary", "technical-skills"}, // Spanish habilidades; not the passage that says "necessary"
		{"how many money win a practice manager in one year", "faq/salary"},
		{"how can i to begin in this area without experience", "steps/2"},
		// Batch 511: long backgrounds.
		{"I've been running a dental office for years but I'm curious about medical. My friend said medical practices deal with way more regulations. Is that true?", "responsibilities/4"},
		{"I'm a medical assistant and my doctor asked me to help with the books and the schedule while our office manager is on maternity leave. I kind of love it. How do I turn this into a real career?", "steps/3"},
		{"So I've been working in a family medicine clinic for about five years, first at the front desk and now as a billing lead. My manager is retiring next year and she says I should apply. I don't have a degree though. Do I have a real shot?", "qualifications/p2"},
		{"My wife is a physician and she's opening her own practice next year. She wants me to run the business side. I have an MBA but zero healthcare experience. Where should I focus?", "how-to-become/p3"},
		// Batch 510: off topic near the domain; recruiters who care about a certification stay ours.
		{"do recruiters care about the cmpe", "qualifications/p2"},
		// Batch 508: background first.
		{"I'm a bank branch manager. Could I make the jump into healthcare?", "how-to-become/p1"}, // a move from management elsewhere
		{"I'm a project manager in IT. Would my tech skills be an advantage?", "trends/p1"},       // the step asked is read as typed
		{"I'm an accountant. Is the financial side a big part of the job?", "responsibilities/3"}, // the job asked of this coach is ours
		{"I'm a practice manager with 8 years in. What should I aim for next?", "faq/career-growth"},
		// Batch 507: test writer.
		{"do i need to relocate to move up", "cons/6"}, // not a visa
		// Batch 506: test writer.
		{"whats the typical paycheck for someone running a doctors office", "facts/median-salary"}, // the person, not the office size
		// Batch 505: background first.
		{"I'm an insurance agent. Do I know enough about billing for this?", "technical-skills/1"}, // "know enough" is a career step
		// Batch 504: test writer.
		{"do they manage the front desk staff", "soft-skills/1"}, // the staff a manager leads, not the front desk as an entry role
		// Batch 503: the skills to become one, after a job-only opening.
		{"I'm a teacher. What skills do I need to become a practice manager?", "technical-skills/1"}, // not how long becoming one takes
		// Batch 502: its rules' look-alikes that stay ours.
		{"what questions should i ask in my practice manager interview", "steps/6"},
		{"do practice managers hire and fire staff", "responsibilities/2"},
		{"what are the hipaa rules practice managers follow", "technical-skills/3"},
		// Batch 500: chat.
		{"hmm what cert do most ppl get", "faq/education"}, // most in this job; "hmm" is filler
		{"can i wfh even part time", "faq/remote"},
		// Batch 499: test writer, every section.
		{"what does an mpm spend most of their time on", "responsibilities/1"},
		{"what's the typical office like", "work-environment/p1"}, // not remote work
		{"how expensive is the education", "education/p2"},        // tuition, not a practice's expenses
		{"what is the national median", "facts/median-salary"},    // not working abroad
		// Batch 498: background first, one line.
		{"I'm a physical therapist assistant. Is my clinical experience useful for managing a practice?", "how-to-become/p3"},
		{"I'm a legal secretary. Which skills from my job would be useful?", "how-to-become/p1"},
		{"I'm a daycare director. Is managing a clinic very different?", "what-is/p1"},
		{"I'm a medical coder. Is the jump to manager realistic in 3 years?", "faq/timeline"},       // the timeline, not the outlook
		{"I'm a physician's assistant. Why would I want to be a practice manager instead?", "pros"}, // our role "instead", not a related career
		// Batch 497: background first. A message that opens with only the asker's job
		// ("I'm a lab tech.", "ex-military logistics officer,", "hotel manager here,")
		// asks about moving into ours.
		{"I'm a lab tech. Is a clinical background like mine an advantage?", "how-to-become/p3"},
		{"I'm a dental hygienist thinking of switching to management, how long will it take?", "faq/timeline"},
		{"ex-military logistics officer, do I need a degree in health admin?", "facts/education"},
		{"I manage a restaurant with 30 staff. Is that the kind of experience clinics want?", "steps/2"},
		{"hotel manager here, what would i need to learn", "steps/3"},
		{"what would i need to learn to run a clinic", "steps/3"}, // the skills to build, not what the role is
		{"I'm a nurse. Do practice managers boss nurses around?", "soft-skills/1"},
		// Batch 496: keywords and typos.
		{"worth it?", "pros-cons/p1"}, // the career's, said in two words
		// Batch 495: coaches.
		{"what certifications should I recommend to clients wanting to move up", "career-path/p3"}, // the certifications, not growth in general
		// Batch 493: test writer, the guide's details.
		{"where are the job hotspots", "market-commentary/p3"},          // where jobs cluster, not where they're posted
		{"how do i know if an mha program is any good", "education/p3"}, // accreditation
		// Batch 492: long backgrounds.
		{"I manage a small dermatology office. We're about to switch EHRs from eClinicalWorks to Epic and the staff are already complaining. Is this normal and how do managers usually handle it?", "cons/7"},
		{"I moved here from Nigeria where I managed a private hospital for ten years. My degrees are from there. Will employers in the US accept my qualifications?", "visas/p2"},
		{"We are a small ortho practice and our manager just quit. One of the doctors asked me (I'm the office lead) to step in. What are the main things a practice manager is responsible for so I don't drop the ball?", "responsibilities/1"},
		// Batch 491: second language.
		{"cuanto gana un practice manager", "facts/median-salary"}, // "un" is "a", not a word the guide lacks
		{"what skill of persons i need", "soft-skills"},
		{"what does it take to be happy in this job", "pros"},
		// Batch 489: background first.
		{"retail store manager here. does my management experience count for anything in a clinic?", "how-to-become/p1"}, // "management  experience": the rule's padding doesn't hide the career move
		{"i'm an office manager at a vet clinic, is that relevant experience", "qualifications/p2"},                      // the question after the comma asks about the background
		{"i'm a coder and want to manage, do i need a bachelors", "faq/education"},                                       // not the coding skill
		{"i'm in a rural area, are there jobs near me", "how-to-become/p2"},
		{"i got an offer from a small family practice vs a big hospital system, whats the culture difference", "workplace-culture/p1"},
		{"i'm a medical assistant and i want to go remote, is practice management a good fit", "faq/remote"},
		// Batch 487: long backgrounds.
		{"My brother-in-law runs a chiropractic office and wants me to manage it. I've done bookkeeping for small businesses for 15 years. Would I need any special training for a healthcare office?", "education/p3"}, // "a  healthcare  office" (padded by a rule) still names our field
		// Batch 485: background first.
		{"I'm a medical student. Could I do practice management instead of residency?", "how-to-become/p3"}, // leaving the clinical path
		{"I'm an operations manager at a warehouse. Do I need healthcare experience first?", "steps/2"},     // a step into our field, not the warehouse's question
		// Batch 484: chat.
		{"soooo is this a good career or nah", "pros-cons/p1"},   // a drawn-out "so", and "or nah" asks the same
		{"are the doctors chill to work with usually", "pros/5"}, // the relationships, not the hours
		{"do practice managers get fired a lot", "cons/5"},
		// Batch 483: test writer, the guide's own sentences.
		{"do small practices care more about certs than degrees", "education/p1"}, // smaller practices value certifications
		{"is it harder for entry level people right now", "trends/p3"},            // entry-level saturation, not the first level's pay
		// Batch 481: background first.
		{"I'm a respiratory therapist thinking about management. How long would the switch take?", "faq/timeline"}, // a move into our field, not the therapist's question
		{"I'm an office manager at a vet clinic. How is a human medical practice different?", "what-is/p2"},
		{"I'm an accountant. Would my finance skills be valued in a clinic?", "technical-skills/4"},
		// Batch 478: background first.
		{"I'm a teacher with summers off. Would I lose that as a practice manager?", "faq/work-life-balance"}, // summers off are time off
		{"I'm a pharmacy manager at a chain store. Would I earn more as a practice manager?", "faq/salary"},   // a chain store is retail, not supply chain
		// Batch 477: test writer.
		{"what helps you advance faster", "career-path/p2"},
		{"do you get to shape how the practice runs", "pros/3"},
		{"does the learning ever stop", "pros/2"},
		// Batch 476: chat and coaches.
		{"my client is a medical assistant who wants to move into management. where should she start?", "steps/1"}, // a move into our field, not the assistant's own question
		{"what certification should I recommend to clients?", "faq/education"},
		// Batch 475: second language and typos.
		{"which is the best city for find this job", "how-to-become/p2"}, // where the jobs are
		{"necesito visa para trabajar en australia?", "visas/p1"},
		{"practis manger job discription", "what-is/p1"},
		// Batch 474: long backgrounds.
		{"I moved to Canada from the Philippines last year. Back home I managed a clinic for 6 years. Do I need to redo my degree here or will they accept it?", "visas/p2"},
		{"I'm a bit older, recently divorced, and I need a stable career that pays decently. I have admin experience at a dentist office. Would this be a good move?", "pros/4"}, // "a good move" is a career move, so the dentist office is where they start
		// Batch 473: test writer.
		{"I hate dealing with billing. is this job for me?", "responsibilities/3"}, // how much of the job billing is
		{"how does brazil's pay convert to usd", "country/brazil"},                 // the guide's own conversion, not a currency question
		{"how much time is spent on compliance", "technical-skills/3"},             // the duty, not the hours
		{"can i manage a dental office with this", "pros/7"},
		{"what other jobs could this lead to later", "pros/7"},
		// Batch 472: background first.
		{"I'm an office manager at a law firm. What healthcare stuff would I need to learn?", "cons/2"}, // the knowledge the job takes; a step into our field, not off topic
		{"I'm a retail store manager. What certification would help me switch?", "faq/education"},
		{"I run a small vet clinic. Would my salary go up in a medical practice?", "faq/salary"}, // the asker's pay after a move, not pay trends
		{"I'm a nurse manager. Is practice management a step down?", "pros/2"},                   // not the Steps
		{"I manage a single-doctor office. How do I get to a bigger practice?", "cons/6"},
		// Batch 471: chat.
		{"whos the mgma", "steps/4"}, // "whos" is "who's", as "whats" is "what's"
		// Batch 470: test writer.
		{"is there a lot of hiring happening for practice managers", "market-commentary/p1"}, // the market, not the hiring duty
		{"what bumps your salary the most", "salary-outlook/p1"},
		// Batch 469: test writer.
		{"what's the salary spread from bottom to top", "facts/salary-range"}, // the range, not the ladder
		{"how much of the job is about money", "responsibilities/3"},
		{"why do employers want financial skills now", "trends/p2"},
		// Batch 468: background first.
		{"I'm a manager at a vet clinic. Can I switch to human medicine practices?", "how-to-become/p1"},
		// Batch 467: test writer.
		{"do practice managers need to be licensed", "visas/p2"}, // the manager's licence, not the practice's
		{"what's the demand outlook", "market-commentary/p1"},
		// Batch 466: long backgrounds.
		{"I got laid off from my job as an operations manager at a logistics company last month. I've always been interested in healthcare and I'm good at budgets, vendor contracts and scheduling. Is there a faster route into practice management?", "faq/timeline"}, // the question's own words, under a long background
		{"I've been managing a small orthopedic practice for 2 years. We have constant turnover at the front desk, I'm doing payroll, HR, billing follow-ups and I'm the one the doctors call when anything goes wrong. I love it but I'm tired. How do other managers keep from burning out?", "cons/1"},
		// Batch 465: chat and coaches.
		{"ngl this job sounds stressful af", "cons/1"}, // "sounds" is no topic
		{"idk where to start 😅", "steps/1"},
		{"not sure where to begin with networking", "steps/4"}, // the networking step, not the first
		// Batch 464: test writer.
		{"where in the world is demand highest", "global/p1"},
		// Batch 462: background first.
		{"I supervise 5 people at a call center. Does that count as management experience?", "how-to-become/p1"}, // not the leadership skill
		// Batch 461: test writer.
		{"is this a job that matters", "pros/1"},
		{"can you move between hospitals and clinics with this experience", "pros/7"},
		// Batch 460: a second language and typos.
		{"which sertification is best", "faq/education"}, // "s" for "c" in a long word
		{"cuanto tiempo para ser manager", "faq/timeline"},
		// Batch 459: long backgrounds.
		{"I currently manage the billing department at a mid-sized cardiology group, about 12 people under me. I'd like to step into running the whole practice. What's the biggest gap I'd need to fill?", "steps/3"}, // not the diversity "gaps"
		{"I'm a nurse practitioner and I'm considering opening my own clinic. I know nothing about the business side. Should I hire a practice manager or learn to do it myself?", "what-is/p1"},
		{"I'm a black woman with 10 years in healthcare admin and I keep getting passed over for director roles. Are there groups or mentors that could help me move up?", "dei-resources/"},
		// Batch 458: off topic, and short questions.
		{"do managers need to know OSHA rules", "technical-skills/3"}, // healthcare's rules are regulations
		// Batch 457: background first.
		{"I'm a new manager and staff keep ignoring the new check-in process. Is that normal?", "cons/7"},
		{"Our practice might be bought by a hospital system. What happens to managers like me?", "trends/p2"},
		// Batch 456: test writer.
		{"whats the going rate for a practice mgr these days", "facts/median-salary"},
		{"where are the jobs hardest to fill", "trends/p2"},      // not the job search
		{"where do they struggle to find managers", "trends/p2"}, // not "do they struggle" (challenges)
		// Batch 455: long backgrounds.
		{"I'm a practice manager. Our billing company made a mistake and my boss blamed me. Are managers really responsible for the finances?", "responsibilities/3"}, // "managers" after our role are ours
		// Batch 454: test writer.
		{"can I work four days a week", "faq/work-life-balance"}, // not the four-year degree
		{"are there any perks besides salary", "salary-outlook/p2"},
		{"what's the hardest thing about compliance", "cons/2"},
		// Batch 452: background first.
		{"Do practice managers make as much as pharmacists?", "faq/salary"}, // ours, measured by theirs
		{"I'm an office manager for a dentist. What would I make at a medical practice?", "salary/manager"},
		// Batch 451: test writer.
		{"do managers with tech skills earn more", "trends/p3"},
		{"do tech skills help your salary", "trends/p3"},
		// Batch 450: career coaches, chat and a second language.
		{"my client is asking which state pays the most", "salary-outlook/p1"},
		// Batch 449: test writer.
		{"what comes after step 2", "steps/3"},
		{"which step comes after getting experience", "steps/3"},
		{"what do i do after networking", "steps/5"},
		{"is singapore a good place for this career", "country/singapore"},
		// Batch 448: long backgrounds.
		{"I've got a bachelor's in psychology and I work as a patient coordinator at a mental health clinic. Would a master's in health administration make a big difference?", "qualifications/p2"}, // "i  work as" kept the coordinator our background
		{"Our practice was acquired and I'm worried I'll lose my independence. Is autonomy a perk of this job?", "pros/3"},                                                                           // worry is no job-security question
		// Batch 447: background first.
		{"I'm a medical scribe. Would a practice manager job pay more than what I make now?", "facts/median-salary"},
		// Batch 446: off topic after a background.
		{"Is this a good time to apply for practice manager jobs?", "trends"},
		{"Do managers in other countries earn more?", "global-salaries/p1"},
		// Batch 445: test writer.
		{"how does a regional manager's day differ from a practice manager's", "path/regional"},
		{"How does this job differ from running a hospital department?", "what-is/p2"}, // no level: the comparison with hospitals
		{"who do I network with to find a job", "steps/4"},
		{"what's the upside of working at a small practice", "workplace-culture/p1"},
		{"is it a lonely job", "pros/5"},
		{"does the guide say anything about unions", "technical-skills/5"},
		// Batch 444: a second language and typos.
		{"how to prepair for the interveiw", "steps/6"},
		{"skils u need for this jb", "technical-skills"},
		{"what is the study i must do for become medical practice manager", "faq/education"},
		{"whats the pay for a reg manager", "salary/regional"}, // not regulations
		// Batch 443: long backgrounds.
		{"Two of my MAs can't stand each other. What should I do?", "soft-skills/7"},
		{"I was a paralegal and got laid off. What's the pay like for someone starting out?", "faq/salary"},                                        // where they start
		{"I'm thinking of leaving teaching. Not sure which certification to get to break into healthcare management. Any ideas?", "faq/education"}, // not abstained on the teaching
		{"Does this job have a real impact on patients?", "pros/1"},
		// Batch 442: background first.
		{"I'm a single mom. Can I work from home?", "faq/remote"}, // not the hours
		{"would moving to new york increase my salary", "salary-outlook/p1"},
		{"Which skills should I work on to become a manager?", "steps/3"},
		{"how do I improve my soft skills", "soft-skills"}, // not quality improvement
		{"Do I need to work in healthcare first?", "steps/2"},
		{"is this a good career for veterans", "how-to-become"},
		// Batch 441: test writer.
		{"what's the middle level pay", "salary/manager"},
		// Batch 440: test writer.
		{"does this job pay better than nursing", "faq/salary"}, // ours, measured by theirs
		{"what's the least fun part of the job", "cons"},
		// Batch 438: background first.
		{"can i take breaks", "cons/4"}, // not "breaking in"
		{"do managers get a lunch break", "cons/4"},
		// Batch 436: long backgrounds.
		{"I'm swamped with paperwork every day. Is that normal for this job?", "soft-skills/8"},
		{"I manage a vet clinic. I'd love to move to a medical practice. What would I earn?", "faq/salary"}, // a move into our field
		// Batch 435: typos.
		{"do i ned a degree", "faq/education"},
		{"pros nd cons", "pros-cons/p1"},
		{"hw lng til im a managr", "faq/timeline"},
		// Batch 434: background first.
		{"am i too young to be an mpm at 23", "faq/timeline"},
		{"I speak Tagalog. Would being bilingual help?", "soft-skills/2"}, // across the sentence break
		// Batch 433: other jobs near ours.
		{"what careers are close to practice management", "related-careers/list"}, // not practices closing
		{"is a clinic manager different from a practice manager", "related-careers/list"},
		// Batch 431: backgrounds, and off topic after one.
		{"is coding a big part of the role", "technical-skills/1"},
		{"would this career give me more stability", "pros/4"},
		// Batch 430: test writer.
		{"where can i find free resources to learn healthcare administration", "steps/3"}, // learning, not the support networks
		// Batch 429: background first.
		{"is this a 24/7 job", "cons/4"},
		{"I'm a chiropractic assistant. Would that count toward becoming a practice manager?", "how-to-become"},
		// Batch 428: second language.
		{"sorry my english is bad. what do practice managers do?", "what-is/p1"},
		{"how to become an mpm quickly", "faq/timeline"},
		{"whats the toughest about this job", "faq/challenges"},
		{"which program on the computer do managers use", "tools/p1"},
		{"my diploma is from nigeria, is it valid here", "visas/p2"},
		// Batch 427: long backgrounds.
		{"long story short, can i work from home", "faq/remote"},
		{"I've been a paralegal for 5 years. I'm hoping to move into healthcare management. How long would it take?", "faq/timeline"},
		// Batch 426: near the domain.
		{"would i end up fixing the computers", "technical-skills/12"},
		// Batch 425: background first.
		{"I work in HR at a bank. How long would it take me?", "faq/timeline"}, // a move in their career, not abstained on the bank
		{"I'm an accountant. what's the first step", "steps/1"},
		{"I'm making 72k as a manager, is that decent pay?", "salary"}, // what pay depends on
		// Batch 424: test writer.
		{"is it possible to grow without leaving the practice", "cons/6"},
		{"fastest way to learn leadership skills", "steps/3"},
		{"what are the first two years like", "path/assistant"},
		// Batch 423: chat and typos.
		{"tips for getting hired", "steps/6"},
		// Batch 422: long backgrounds.
		{"I'm a doctor from Egypt. Is practice management a good option for me?", "how-to-become/p1"},
		{"Our practice is being acquired by a big group. Should I worry about my job?", "trends/p2"},
		{"I'm a practice manager and we're short-staffed. How do I cope?", "challenges/p1"},
		{"I ran a warehouse for 8 years. Would a clinic value that kind of experience?", "how-to-become/p2"}, // where they start, not abstained on the warehouse
		// Batch 421: near the domain.
		{"how do i write a cover letter for a practice manager job", "steps/5"},
		// Batch 419: background first.
		{"My dad was a practice manager for years. What am I getting myself into?", "pros-cons/p1"},
		{"My aunt is a practice manager and she works long hours. Is that typical?", "cons/4"},
		{"I'm a new grad with a psychology degree. Should I get a master's right away or work first?", "qualifications/p2"},
		// Batch 418: background first.
		{"I own a family clinic. Do we need a practice manager?", "what-is/p1"},
		{"I run IT support at a hospital. Is that a stepping stone into practice management?", "how-to-become/"},
		{"Our clinic's revenue dropped 20% this year. Will the owner blame me?", "cons/5"},
		{"I'm new to management. How do I get better at leading a team?", "soft-skills/1"},
		{"I'm a medical secretary. What do practice managers do that I don't?", "what-is/p1"},
		{"I'm a manager at a dermatology office earning $58,000. Am I underpaid?", "salary-outlook/"},
		{"I'm a cashier at a grocery store. Where do I even start?", "steps/1"},
		// Batch 417: second language and chat.
		{"hello, my english is not good. please tell me what is the job of a practice manager", "what-is/p1"},
		{"i wonder if i'm smart enough to do this job", "how-to-become/p3"},
		{"is there any vacancy in the uk for practice managers", "visas/p1"},
		{"my english is not good, is it a problem for this job?", "soft-skills/2"}, // the English is the question
		// Batch 416: off topic after a background.
		{"I manage a clinic. One of my nurses is always late. How do I deal with it?", "responsibilities/2"},
		// Batch 414: background first.
		{"I'm a bank teller. Would my experience transfer to a medical office?", "how-to-become/p1"},
		{"I live in Nigeria. Could I get a job in the UK as a practice manager?", "visas/p1"},
		{"I'm a lab tech. Do I need a degree to become a practice manager?", "faq/education"},
		{"I'm a senior manager and I want a promotion. What should I focus on?", "career-path/p2"},
		// Batch 413: off topic after a background.
		{"I'm a receptionist. How should I deal with a patient who keeps shouting?", "responsibilities/6"},
		{"Our owner plans to open another clinic. What does that mean for my career?", "path/regional"},
		{"I'm a scheduler. What's the difference between my job and a practice manager's?", "what-is/p1"},
		// Batch 412: second language and chat.
		{"r pms in demand", "faq/job-market"}, // practice managers, not PM software
		{"Is this career popular?", "market-commentary/p1"},
		{"Is the job only for men or also for women?", "diversity/p1"},
		// Batch 411: background first.
		{"I'm a recruiter. Do most practice managers come up through the front desk?", "steps/2"},
		{"I'm an ICU charge nurse. Is a practice manager role a step down?", "pros/2"},
		{"I've done billing from home for years. Are there remote practice manager positions?", "faq/remote"},
		{"I ran a daycare and managed six teachers. Would that experience count?", "how-to-become/p"},
		// Batch 410: test writer.
		{"what makes a manager effective", "soft-skills/1"}, // the adjective after the role
		// Batches 408-409: background first, off topic after our role.
		{"I'm a software engineer. What would I need to learn about healthcare to manage a practice?", "faq/"},
		{"I manage a grants office at a university. Could I become a practice manager?", "how-to-become/p1"},
		{"How does a practice manager's pay compare nationally?", "facts/median-salary"},
		{"I'm a retired firefighter. Is this a good fit for someone who likes structure?", "soft-skills/8"},
		{"I just earned my MHA. What's my next step?", "steps/2"},
		{"I'm a practice manager in Texas. Any tips for my job search in Florida?", "steps/6"},
		// Batches 404-407: background first, near the domain, typos, long backgrounds.
		{"I ran a Target store for 6 years. Does store management translate to managing a medical practice?", "how-to-become/p1"},
		{"I'm a data analyst at a bank. Would clinics hire me for reporting?", "technical-skills/7"},
		{"I'm an engineering dropout. Is practice management a decent backup plan?", "how-to-become/p"},
		{"I got two offers, one from a small clinic and one from a large health system. Which is better?", "workplace-culture/p1"},
		{"I'm an assistant manager and I'm stuck. Should I look for a new practice?", "cons/6"},
		{"My practice just merged with a hospital system. What trends should I keep an eye on?", "trends/p"},
		// Batches 400-403: background first, test writer, second language, chat.
		{"I've managed a veterinary clinic for years. What's different about running a medical practice?", "what-is/p1"},
		{"Which skills should I develop to get promoted to manager?", "steps/3"},
		{"I'm 55 and leaving teaching. Could this be my second career?", "how-to-become/p"},
		{"I'm from Mexico. Can I work as a practice manager in the US as a foreigner?", "visas/p1"}, // not the US pay
		{"is the salary enough for living comfortably", "facts/median-salary"},
		{"the salary seems kinda low", "facts/median-salary"},
		{"how long to land a role like this", "faq/timeline"},
		{"do managers really enjoy this job", "pros-cons/p1"},
		{"what certifications would recruiters value", "qualifications/p2"},
		// Batches 396-399: test writer, off topic after our role, chat, background first.
		{"I studied abroad in the UK. Will American practices recognize my degree?", "visas/p2"},
		{"I'm a bank teller. Can I transition into healthcare?", "how-to-become/p1"},
		{"My degree is in finance. Would employers value that?", "technical-skills/4"},
		{"I work in HR now. Would practice management be a step up?", "pros/2"},
		{"I have no management experience. Which courses should I take?", "steps/3"},
		{"How do I advance to managing a larger practice?", "faq/career-growth"},
		{"My clinic's collections are down. What should I focus on?", "responsibilities/3"},
		{"is the job market getting tougher?", "challenges/p1"},
		{"I'm burned out. Is it normal to feel this way in this job?", "cons/1"}, // no "way into" the job
		// Batches 392-395: background first, chat, near the domain, second language.
		{"I run a dental office but have no certification. Do I need one?", "education/p3"},
		{"I worked at an animal hospital for 5 years. Would my experience carry over to a medical practice?", "how-to-become/p"},
		{"I'm great at math. What part of the job would suit me?", "technical-skills/4"}, // not Office "Suite"
		{"do I need an Epic certification to get hired?", "challenges/p1"},
		{"any female leadership networks in healthcare?", "dei-resources/p"},
		{"what are the responsibilities of the post", "responsibilities/"},
		{"does this field have a bright future", "faq/job-market"},
		{"Which degree is best after 12th to become a practice manager?", "faq/education"},
		{"what is the scope of practice managers in canada", "country/canada"}, // not growth in the US
		// Batch 389: Spanish and Portuguese speakers.
		{"What is the perspective of employment in this profession?", "market-commentary/p1"},
		{"Is this a good job for a mother with small children?", "cons/4"},
		// Batch 388: test writer.
		{"is this a good path for mid-career changers", "how-to-become/p1"},
		// Batch 387: background first.
		{"I'm a practice manager and the owner plans to roll out a new EHR. How do I start?", "responsibilities/7"},
		{"I have a mortgage. Is this a safe career to move into?", "pros/4"},
		// Batch 386: fragments and typos.
		{"job outlook for the next 10 years", "market-commentary/p1"}, // how far ahead, not experience
		{"demand in 5 years", "market-commentary/p1"},
		// Batch 385: near the domain.
		{"How do managers deal with claim denials?", "technical-skills/1"},
		{"What do managers do about staff turnover?", "responsibilities/2"},
		{"how do i keep the front office organized", "technical-skills/8"},
		// Batch 384: test writer.
		{"the 2025 job market", "trends/p1"},
		{"which sections of the guide cover visas", "visas/p1"},
		// Batch 383: Indian, Filipino and other Englishes.
		{"what is the scope of this job in foreign countries", "global/p1"},
		{"I am a pharmacist in India, can I get a job in Canada as practice manager?", "visas/p1"},
		{"In my country this job does not exist. What does it involve?", "what-is/p1"},
		// Batch 382: background first.
		{"I was a bank teller for five years. Does that count toward this?", "how-to-become/p1"},
		{"I work as a CNA and I've been helping with the schedule. Is that good experience for this job?", "steps/2"},
		{"I live in a small town in Iowa. Should I relocate?", "how-to-become/p2"},
		{"I'm from India. Should I relocate?", "visas/p1"},
		// Batch 381: chat.
		{"whats a typical day look like", "responsibilities/1"},
		{"is the practice manager in charge of the physicians", "cons/3"},
		// Batch 378: test writer.
		{"Is there an official certification exam?", "faq/education"},
		{"any drawbacks to a solo practice?", "workplace-culture/p1"},
		// Batch 377: chat.
		{"is the mgr the one who fires ppl", "responsibilities/2"},
		{"is it mostly emails and meetings", "responsibilities/1"},
		{"are jobs drying up", "challenges/p1"},
		{"how do promotions work here", "career-path/p1"},
		// Batch 376: Arabic, Chinese and Nigerian English.
		{"what kind of person is successful in this work?", "soft-skills/1"},
		{"is good to learn about computer for this?", "technical-skills/12"},
		{"manager do the salary of staff also?", "responsibilities/2"},
		// Batch 375: test writer.
		{"Are private equity groups hiring practice managers?", "career-path/p2"},
		{"what are the key aspects of this role", "responsibilities/1"},
		{"how does the interview process work for practice managers", "inclusive-hiring/p1"},
		{"Is practice management similar to hospital administration?", "what-is/p2"},
		// Batch 374: background first.
		{"is it a desk job or hands on", "work-environment/p1"},
		{"would a psychology degree work for this", "education/p1"},
		{"is listening important in this job", "soft-skills/2"},
		{"can you start this career later in life", "how-to-become/p1"},
		{"how do managers deal with people problems", "cons/3"},
		{"how can a manager improve the practice's revenue", "responsibilities/3"},
		{"which areas are in demand if i want to specialize", "opportunities/p1"},
		// Batch 372: near the domain.
		{"Can a practice manager work at a dental office?", "work-environment/p1"},
		{"could i do this at a chiropractic office", "work-environment/p1"},
		// Batch 371: background first.
		{"I have ADHD and I struggle with staying organized. Would that be a big problem in this role?", "soft-skills/8"},
		{"I'm a nurse manager at a hospital. Could I move into running a private practice?", "career-path/p2"},
		{"I'm a practice manager and I have a long commute. Can I work from home?", "faq/remote"}, // the commute is background
		// Batch 370: chat.
		{"gimme the steps", "steps/1"},
		// Batch 369: test writer.
		{"mentoring program for new practice managers?", "inclusive-hiring/p2"},
		// Batch 368: Indian, Spanish and Portuguese English.
		{"can we do this job in work from home mode?", "faq/remote"},
		{"do i need ielts for uk visa as practice manager", "visas/p1"},
		{"whether fresher can directly join as manager?", "faq/timeline"},
		// Batch 367: background first.
		{"I'm a veteran and I was a supply sergeant for 8 years. Would my inventory and logistics background be useful?", "technical-skills/9"},
		{"i have a business degree from my home country, is it recognized", "visas/p2"},
		{"I'm a medical assistant and honestly the money is terrible. Does becoming a practice manager actually pay well?", "faq/salary"},
		{"I'm tired of the bureaucracy. Is it more relaxed at small independent practices?", "workplace-culture/p1"},
		// Batch 366: chat.
		{"is it lonely being the boss", "pros/5"},
		{"howmany openings per yr", "facts/openings"},
		// Batch 365: test writer.
		{"can i work from my house full time", "faq/remote"},
		{"could my skills help me get into hospital administration one day", "pros/7"},
		// Batch 364: Spanish and French English, with false friends.
		{"which are the functions of a practice manager", "responsibilities/1"},
		{"it is possible to work in this job without speak english perfect?", "soft-skills/2"},
		{"i have experience like secretary medical, this count?", "how-to-become/p1"},
		{"is a work with much responsibility?", "cons/5"},
		{"is possible the teletrabajo?", "faq/remote"},
		// Batch 363: chat.
		{"do u get to make decisions or just follow orders", "pros/3"},
		{"gimme the short version of how to get into this", "how-to-become/p1"},
		// Batch 361: Indian English.
		{"what is the scope of medical practice manager in future", "facts/growth"}, // scope: the prospects
		{"kindly tell the eligibility criteria for this post", "qualifications/p2"},
		{"sir which course i should do after graduation for this", "education/p1"},
		{"what are the job roles and responsibilities", "responsibilities/1"},
		{"is work from home facility available", "faq/remote"},
		{"what are the timings of practice manager", "faq/work-life-balance"}, // timings: the hours
		{"is MBA in hospital management useful for this", "qualifications/p2"},
		// Batch 360: a test writer's last look.
		{"What are the core daily duties of the job?", "responsibilities/1"},
		{"If I leave practice management, where else could my skills take me?", "pros/7"},
		// Batch 359: long backgrounds.
		{"Our practice has 4 locations and I've managed one of them for 5 years. The owner wants someone to oversee all four. What does that role involve?", "path/regional"},
		{"What's the growth outlook? I'm trying to decide between this and nursing school.", "market-commentary/p1"}, // choosing between this and nursing: this is ours
		{"I got certified as a medical office admin online last year. Now I'm applying everywhere and hearing nothing. What am I missing?", "trends/p1"},
		{"Do practices use blind hiring? I've felt judged on my name before.", "inclusive-hiring/p2"},
		{"I'm a physician's wife and I help run his solo practice informally. Would getting the CMPE make sense?", "faq/education"},
		// Batch 358: long backgrounds, and background after the question.
		{"Can I work remotely? My husband is in the military and we move every two years.", "faq/remote"},
		{"I've supervised a team of 12 at a call center. Will that leadership experience count?", "soft-skills/1"}, // "that leadership experience" is theirs, asked of our job: not the call center's
		// Batch 357: a community channel.
		{"top skill to learn this year?", "trends/p1"},
		{"is it worth getting an MBA for this or overkill", "qualifications/p2"},
		// Batch 356: second language.
		{"please explain what practice manager is doing every day", "responsibilities/1"},
		{"what are they doing all day", "responsibilities/1"},
		// Batch 355: a test writer.
		{"Would improving my technology skills increase my future earnings?", "trends/p3"},
		{"What gives a candidate more bargaining power when discussing pay?", "salary-outlook/p3"},
		{"What should a manager do when a patient is unhappy with their care?", "responsibilities/6"},
		{"Why is this job financially stressful?", "cons/5"},
		// Batch 353: background first.
		{"I'm a practice manager in Texas. How do I become a better leader?", "soft-skills/1"},
		{"I'm a hotel front desk supervisor. What kind of job should I take first to get into healthcare?", "steps/2"}, // getting into healthcare, asked here, is the way into ours
		// Batch 350: a test writer.
		{"How much financial knowledge does this role require?", "technical-skills/4"},
		// Batch 349: a community channel.
		{"gotta think on ur feet a lot?", "soft-skills/3"}, // thinking on your feet, not standing on them
		{"rules keep changing, gotta roll with it?", "soft-skills/4"},
		{"how do i know a clinic isnt gonna be racist before i take the job", "workplace-culture/p2"}, // before taking it: how to find an inclusive employer
		// Batch 348: second language.
		{"which ways exist for enter in this profession?", "how-to-become/p1"},
		{"exist groups for the minorities inside the big hospitals?", "inclusive-hiring/p3"}, // inside an employer: its resource groups
		// Batch 347: background first.
		{"People tell me I'm a good listener and explain things well. Does that matter in this job?", "soft-skills/2"},
		{"I'm a teacher and I'm burned out. Could I switch into this with no healthcare background?", "how-to-become/p3"}, // "switch into this" is our job, not the teacher's
		// Batch 344: background first.
		{"I just started as a practice manager and the doctors ignore my suggestions. Is that normal?", "cons/7"},
		// Batch 343: a community channel.
		{"from billing clerk to manager how long", "faq/timeline"},
		{"things change fast in healthcare, can i keep up", "soft-skills/4"},
		// Batch 342: a test writer's last look.
		{"Is there a lot to keep up with in terms of rules and billing changes?", "cons/2"},
		{"Do practice managers need to be comfortable interpreting numbers and reports?", "technical-skills/7"},
		{"Where do practice managers usually work day to day?", "work-environment/p1"},
		{"What kinds of promotions can an experienced practice manager expect?", "faq/career-growth"},
		{"I'm a medical assistant now. How many years until I could be a practice manager?", "faq/timeline"},
		{"What kind of entry-level jobs help you get started?", "steps/2"},
		// Batch 340: typos, written out before the phrasing rules.
		{"decison making under presure", "soft-skills/3"},
		{"how are the skils changing", "qualifications/p3"},
		{"dealing with dificult coworkers and docters", "soft-skills/7"},
		// Batch 339: chat; a level's span of years names the level.
		{"which programs will i use", "tools/p1"},
		{"is this a global thing or just us", "global/p1"},
		{"3-7 yrs in, what's my job look like", "path/manager"},
		{"7 to 12 years in, what do i oversee", "path/senior"},
		{"how much do they make around the world", "global-salaries/p1"},
		{"do u have to make calls fast under pressure", "soft-skills/3"},
		// Batch 338: workplace advice this coach does answer.
		{"how do i prepare for a salary review", "salary-outlook/p3"},
		{"can i negotiate pto at a new job", "salary-outlook/p2"},
		{"how do i get a job in another state", "how-to-become/p2"},
		// Batch 337: background first.
		{"I've been an assistant manager for 3 years and just got promoted. What changes now that I run the whole practice?", "path/manager"},
		{"I coached high school basketball for ten years. Is leading a team of staff a big part of this job?", "soft-skills/1"},
		{"I manage a small pediatric office. Would running a big multispecialty group pay more?", "salary-outlook/p2"},
		{"I'm a new practice manager and feeling overwhelmed. What do most managers find hardest?", "faq/challenges"},
		{"My friend is a manager in a London clinic. How does pay vary between countries?", "global-salaries/p1"},
		// Batch 336: German, French, Spanish and Portuguese speakers.
		{"i live in spain, can i manage an american clinic from here by internet?", "remote-work/p1"},
		{"the manager does also the recrutement of personal?", "responsibilities/2"},
		{"must understand the bilan and the budget?", "technical-skills/4"},
		{"what he makes every day in the clinic", "responsibilities/1"},
		{"in the questions frequent, what are the themes", "faq/p1"},
		// Batch 334: a test writer's look.
		{"What should I put in my application materials?", "steps/5"},
		{"Are people from all backgrounds well represented among practice managers?", "diversity/p1"},
		// Batch 333: Indian English.
		{"appointment booking and patient flow also comes under this job?", "technical-skills/8"},
		{"computer hardware problem also manager has to see?", "technical-skills/12"},
		{"what is the package of a practice manager", "facts/median-salary"},
		{"medical background is compulsory or non medical person can also apply", "how-to-become/p3"},
		{"video consultation platforms also manager handles?", "technical-skills/11"},
		{"kindly explain what is medical practice manager", "what-is/p1"},
		{"how to apply for this post, which websites", "steps/6"},
		{"i am staff nurse since 4 years, how much time to become manager", "faq/timeline"},
		// Batch 332: the asker's own dealings are off topic, but a team that won't listen is leadership.
		{"my team doesn't respect me, how do i lead them", "cons/3"},
		// Batch 331: the office printer is IT; patients yelling at the front desk are complaints.
		{"do i have to fix the printer too", "technical-skills/12"},
		{"patients yelling at the front desk, is that my problem", "responsibilities/6"},
		// Batch 330: being certified as another job is background; getting certified as one is not our job.
		{"I'm certified as a nursing assistant. how do i become a practice manager?", "how-to-become/p3"},
		// Batch 329: background first; a pilot program is no airline pilot.
		{"I'm Latina and I've been burned by places that talk diversity but don't mean it. How do I find one that's legit?", "workplace-culture/p2"},
		{"I've run a couple of telehealth pilots at my clinic. Is that a niche that's growing for managers?", "opportunities/p2"},
		{"I'm an epic super user at my hospital. do practices look for that specifically?", "market-commentary/p3"},
		{"does this kind of job exist worldwide", "global/p1"},
		// Batch 328: English as a second language; "in this field" at the end is our field.
		{"is necessary to be good leader of the team?", "soft-skills/1"},
		{"the manager must resolve problems fast?", "soft-skills/3"},
		{"can i work this job from another country", "remote-work/p1"},
		{"there are associations for help minorities in this field?", "dei-resources/p1"},
		// Batch 327: the interview classic is interview preparation.
		{"what's a good answer to tell me about yourself", "steps/6"},
		// Batch 326: "stuck using" is the day's work; "stuck" alone stays the career.
		{"what software will i be stuck using all day", "tools/p1"},
		{"am i stuck doing paperwork all day", "responsibilities/1"},
		{"im stuck on a plateau", "cons/6"},
		// Batch 325: near its rules.
		{"should i volunteer at a hospital to get experience", "steps/2"},
		{"what should i major in", "faq/education"},
		// Batch 324, after it was measured: "knowing" is phrasing.
		{"Is knowing medical coding important?", "technical-skills/1"},
		{"where can my career go from here", "faq/career-growth"},
		// Batch 322: German and French speakers.
		{"what makes a practice manager the whole day", "responsibilities/1"},
		{"the job is more in hospital or in cabinet of doctor", "work-environment/p1"},
		{"which are the advantages and inconvenients", "pros-cons/p1"},
		{"what are the perspectives of evolution", "faq/career-growth"},
		// Batch 320, after it was measured.
		{"do you get a lot of say in how the clinic runs", "pros/3"},
		{"what do these people actually do", "responsibilities/1"},
		// Batch 319: near the tech-support, family and homework rules.
		{"do i have to fix computers", "technical-skills/12"},
		{"is it hard to balance work with my family", "faq/work-life-balance"},
		{"how do i make reports in excel as a practice manager", "tools/p1"},
		// Batch 318: chat.
		{"do u have to babysit doctors egos", "cons/3"},
		{"do clinics want people who know their specialty", "market-commentary/p3"},
		{"nextgen or athena, which do they use", "technical-skills/2"},
		{"are nights and weekends part of it", "cons/4"},
		{"what does the guide cover", "intro"},
		// Batch 316: Indian English.
		{"what is the scope of this course in future", "facts/growth"},
		{"how is the work pressure", "cons/1"},
		{"is job is permanent or contract", "pros/4"},
		{"please share the syllabus or subjects to study", "steps/3"},
		{"is this field good for girls", "dei-resources/p2"},
		// Batch 315: typos; a general word typed with a swap is phrasing.
		{"cheif challanges", "faq/challenges"},
		// Batch 313: chat.
		{"do u handle the schedule for the docs", "technical-skills/8"},
		{"any good networking groups", "steps/4"},
		// Batch 311: a group's own word ("recruit") is a topic, not phrasing; the
		// asker's stress keeps its words when our role is named.
		{"how do i recruit staff for a clinic", "responsibilities/2"},
		{"i'm a practice manager, how do i manage my stress", "cons/1"},
		// Batch 310: English as a second language.
		{"which are the principal responsabilities", "responsibilities/1"},
		{"which are the tendencies of the market", "trends/p1"},
		{"can i make the work from distance", "faq/remote"},
		{"the title of my country need validation?", "visas/p2"},
		{"in which places work the practice manager", "work-environment/p1"},
		{"with a degree of economy i can enter?", "steps/1"},
		// Batches 307-309: chat.
		{"whats a day like", "responsibilities/1"},
		// Batches 302-306: chat, second language, background first.
		{"does the clinic feel like a family", "workplace-culture/p1"},
		{"do managers get blamed when revenue drops", "cons/5"},
		{"what personal qualities do i need", "soft-skills/1"},
		{"is this a career with stability", "pros/4"},
		{"what skills should i develop", "steps/3"},
		{"we moved to athenahealth and staff hate it", "cons/7"},
		// Batch 301: chat.
		{"r there more ppl than jobs or what", "market-commentary/p3"},
		{"could i do this job while backpacking lol", "remote-work/p2"},
		{"do hospitals have affinity groups for staff", "inclusive-hiring/p3"},
		{"is the practice's money on u", "cons/5"},
		// Batches 298-299, the last looks, after they were measured.
		{"what decides how much an mpm gets paid", "salary-outlook/p1"},
		{"any brand new job titles for mpm types", "opportunities/p2"},
		{"how to tell if a practice is legit about inclusion", "workplace-culture/p2"},
		{"what skills mix do u need", "education/p1"},
		// Batch 296: English as a second language.
		{"the place of work is an office?", "work-environment/p1"},
		{"if i come from reception, in how much time i become manager?", "faq/timeline"},
		{"after this job i can go to other type of work?", "pros/7"},
		// Batch 294: chat.
		{"whats the mpm market like this year honestly", "market-reality/p1"},
		{"does a bachelors look good to employers", "education/p3"},
		// Batches 290-293, the last looks, after they were measured.
		{"do i gotta be the office IT guy too", "technical-skills/12"},
		{"is this a hot field or nah", "faq/job-market"},
		{"what programs are mpms using", "tools/p1"},
		{"what make the manager in every day?", "responsibilities/1"},
		// Batch 289: chat.
		{"do u gotta make a lot of calls on the fly", "soft-skills/3"},
		{"will there always be work for mpms even if economy tanks", "market-commentary/p3"}, // recession-resistant
		{"can i go from mpm to something bigger", "faq/career-growth"},
		// Batch 287: English as a second language.
		{"the balance between work and private life how is it?", "faq/work-life-balance"},
		{"of what depends the velocity of promotion?", "career-path/p2"},
		{"is the manager who make the orders of medical material?", "technical-skills/9"},
		{"in which kind of place i will be working, hospital or clinic?", "work-environment/p1"},
		// Batch 285: chat.
		{"do u have to actually care about patients or is it all business", "soft-skills/5"},
		{"do mpms get to clock out at 5", "cons/4"},
		{"mpm in one sentence?", "what-is/p1"},
		{"are most mpms white dudes", "diversity/p1"},
		{"whats the first thing to do after my degree", "steps/2"},
		// Batch 283: English as a second language.
		{"which is the salary of middle", "facts/median-salary"},
		{"the manager must to control the material of the clinic?", "technical-skills/9"},
		{"is difficult the relation with doctors and employees?", "cons/3"},
		{"what possibilities to grow has this profession", "faq/career-growth"},
		// Batch 282: other places, where one works, landing a job, a mix of skills.
		{"pay in north america vs other places", "global-salaries/p1"},
		{"where would i physically be working", "work-environment/p1"},
		{"is it getting harder to land one of these jobs", "challenges/p1"},
		// Batch 281: Outlook the program.
		{"do practice managers use outlook", "tools/p1"},
		// Batch 280: a practice's monthly budget is the job's.
		{"do practice managers handle the monthly budget", "responsibilities/3"},
		// Batches 276-279, the last looks, after they were measured.
		{"what's the daily grind like", "responsibilities/1"},
		{"are u constantly making judgment calls", "soft-skills/3"},
		{"do i gotta do budgets and p&ls", "technical-skills/4"},
		{"stressful af?", "cons/1"},
		{"what creds do i need", "faq/education"},
		{"who organize the calendar of the appointments", "technical-skills/8"},
		{"Do tech skills lead to higher salaries for managers?", "trends/p3"},
		// Batch 275: chat.
		{"what kinda place would i be working in", "work-environment/p1"},
		{"can i get in from the business side without clinical exp", "how-to-become/p3"},
		{"what software is standard", "tools/p1"},
		{"does it depend on the person if they like it", "pros-cons/p1"},
		{"how do i tell if a practice has shady dei stuff", "workplace-culture/p3"},
		{"does being tech savvy help pay", "trends/p3"},
		{"so many regs to learn ugh", "cons/2"},
		// Batch 274: English as a second language.
		{"the growth of the profession is how much percent", "market-commentary/p1"}, // its 28 %; the model puts the key fact first
		{"is part of the work to organize the appointments of patients?", "technical-skills/8"},
		{"is equilibrated the offer and demand of managers?", "market-commentary/p3"},
		// Batch 273: a line of background first.
		{"My dad got laid off twice. Is healthcare a safer bet?", "pros/4"},
		// Batch 272: chat.
		{"how do i spot a practice thats bad on diversity", "workplace-culture/p3"},
		{"do u need a specific degree or is it flexible", "education/p1"},
		{"how fast do things change in this field", "soft-skills/4"},
		{"does knowing tech actually bump your salary", "trends/p3"},
		{"tips for the interview stage", "steps/6"},
		{"does it depend on the practice what they want from u", "qualifications/p1"},
		{"why are practices trying to run lean", "trends/p2"},
		// Batch 271: asking the bot to remind one is still a question.
		{"can u remind me what the steps are", "steps/1"},
		{"what percent of practice managers are women", "diversity/p1"},
		// Batch 270: English as a second language.
		{"the requisites for this job change from clinic to clinic?", "qualifications/p1"},
		{"after some years what i can become", "faq/career-growth"},
		{"what signals show that a clinic is not inclusive", "workplace-culture/p3"},
		// Batch 269: the role named beside nurses or consulting is still ours.
		{"can practice managers move into healthcare consulting", "faq/career-growth"},
		{"do nurses need a degree to become a practice manager", "faq/education"},
		// Batch 268: chat, some with background.
		{"ok so i have a business degree but no healthcare exp. is that enough to start", "how-to-become/p3"},
		{"applied to like 30 places and nothing. how are people actually getting hired", "steps/6"},
		{"my clinic is tiny, is there anywhere to go from here", "cons/6"},
		{"what annoys practice managers the most", "faq/challenges"},
		// Batch 267: English as a second language.
		{"this profession have future or no?", "faq/job-market"},
		{"there is many ways to study for this profession?", "education/p1"},
		{"who know technology earn more money?", "trends/p3"},
		{"resume of the guide please", "what-is/p1"},
		{"how is the situation of the market in this year", "market-reality/p1"},
		{"the work of every day what is", "responsibilities/1"},
		{"can i be manager and travel in all world", "remote-work/p2"},
		{"the manager is friend with the doctors?", "pros/5"},
		{"the practice manager level what do and how many years", "path/manager"},
		// Batch 266: a dental office in the background, leave asked of the role.
		{"I work at a dental office. Can I become a practice manager?", "how-to-become/p1"},
		// Batch 265: chat.
		{"what's an assistant pm actually do", "path/assistant"},
		{"any niche areas blowing up rn", "opportunities/p2"},
		{"will i be crunching numbers and making reports", "technical-skills/7"},
		{"do u have to answer calls at night", "cons/4"},
		{"do u keep track of supplies and stock", "technical-skills/9"},
		{"how do i build contacts in the industry", "steps/4"},
		{"do u handle billing and collections", "responsibilities/3"},
		// Batch 264: English as a second language.
		{"the manager make the interviews for new workers?", "responsibilities/2"},
		{"the manager also buy the material for the clinic?", "technical-skills/9"},
		{"what is the medium salary of this work", "facts/median-salary"},
		{"why the salary change so much from one place to other", "salary-outlook/p1"},
		{"is possible to work in my house?", "faq/remote"},
		{"is important to know people in the sector for grow?", "career-path/p3"},
		// Batch 263: chat.
		{"do certs help me climb faster", "career-path/p3"},
		{"do u hit a ceiling if u stay at one place", "cons/6"},
		{"are quals the same everywhere or does it depend", "qualifications/p1"},
		{"is this job good or bad, depends on the person?", "pros-cons/p1"},
		{"what drives u crazy in this job", "faq/challenges"},
		{"i'm not a nurse, does that hurt my chances", "how-to-become/p3"},
		// Batch 261: short and misspelt; chat spellings are written out before the rules.
		{"alot to lern?", "cons/2"},
		{"how many openings a yr", "facts/openings"},
		// Batch 260: a line of background first.
		{"My aunt is a hospital administrator. Is a practice manager the same thing?", "what-is/p2"},
		{"I just finished my degree. How do I actually land interviews?", "steps/6"},
		{"I love spreadsheets and finding patterns. Is there any of that in this job?", "technical-skills/7"},
		{"I'm explaining my dream job to my parents. How would you describe a practice manager in simple terms?", "what-is/p1"},
		{"can you explain this job in plain english", "what-is/p1"},
		// Batch 259: asking about pay is no matter of manners.
		{"is it weird to ask about salary in an interview", "salary-outlook/p3"},
		// Batch 258: English as a second language.
		{"there is discrimination in this profession? few women or minorities in leader positions?", "diversity/p1"},
		{"the requirements for this job are same in every clinic?", "qualifications/p1"},
		{"can i get hired with just a certification", "education/p3"},
		// Batch 257: chat.
		{"is there a lot of putting out fires day to day", "soft-skills/3"},
		{"mpm = basically the office boss?", "what-is/p1"},
		{"are entry level spots oversaturated now", "trends/p3"},
		{"is the field saturated", "trends/p3"},
		// Batch 255: chat.
		{"do u get to learn a bit of everything in this job", "pros/2"},
		{"is it chill at small practices or corporate at big ones", "workplace-culture/p1"},
		{"im always running late, will that bite me", "soft-skills/8"},
		// Batch 252: "becoming a" after "pros and cons of".
		{"What are the pros and cons of becoming a medical practice manager?", "pros-cons/p1"},
		// Batch 251: English as a second language; false friends.
		{"there is big concurrence for the posts of practice manager?", "challenges/p1"},
		{"the offer and the demand of practice managers is balanced?", "market-commentary/p3"},
		{"the manager installs the electronic dossier of patients?", "responsibilities/7"},
		{"it is necessary to know to communicate well?", "soft-skills/2"},
		{"in few words what is this work?", "what-is/p1"},
		// Batch 250: chat.
		{"is the mpm job market actually good or is that hype", "faq/job-market"},
		{"small office vs big clinic, which pays more", "salary-outlook/p2"},
		{"how much do i have to talk to people lol", "soft-skills/2"},
		{"do i have to set up appointments", "technical-skills/8"},
		// Batch 249: the job's growth rate, whatever follows it.
		{"what's the growth rate for practice managers in texas", "facts/growth"},
		{"What is the job growth rate for medical practice managers?", "facts/growth"},
		// Batch 248: short and misspelt; a ceiling at one clinic is the single
		// practice's limit, not the pay range's top.
		{"is there a ceiling if i stay at one clinic", "cons/6"},
		// Batch 247: a line of background first.
		{"I'm 30 and would have to pay for school myself. What does the bachelor's cost?", "education/p2"},
		{"I can't afford school right now. Can I learn management skills on my own?", "steps/3"},
		{"My uncle keeps quoting the BLS. What's the official median?", "facts/median-salary"},
		{"I work at a clinic front desk. Who makes sure we follow HIPAA?", "responsibilities/4"},
		{"My mom asked me what I want to do. How would you describe a medical practice manager?", "what-is/p1"},
		// Batch 246: a test writer's questions.
		{"What's rewarding about being a practice manager?", "pros/1"},
		{"Why is it hard to keep up with everything in this role?", "cons/2"},
		{"Is there room for advancement if I stay at one small practice?", "cons/6"},
		// Batch 244: English as a second language; false friends.
		{"the enterprises prefer who have the licenciatura or the certificates?", "education/p3"},
		{"is necessary to know organize the agenda of patients?", "technical-skills/8"},
		{"which competences will be more important in the next years?", "qualifications/p3"},
		{"in which places i can search the vacancies of this job?", "steps/6"},
		{"when put new system the workers don't like, what do the manager?", "cons/7"},
		{"how much gain the assistant of practice manager?", "salary/assistant"},
		// Batch 243: chat.
		{"40 hr weeks or more?", "faq/work-life-balance"},
		{"do managers order supplies too", "technical-skills/9"},
		{"is there racism in this field, honestly", "workplace-culture/p1"},
		{"what new skills should i pick up to stay relevant", "qualifications/p3"},
		{"sell me on this career in one line", "intro"},
		{"why does pay jump around so much between cities", "salary-outlook/p1"},
		{"if i quit later can i use these skills somewhere else", "pros/7"},
		{"im super disorganized lol is that gonna be a problem", "soft-skills/8"},
		// Batch 242: a line of background, then the question.
		{"I am from Brazil. Can I get a visa to work in the US?", "visas/p1"},
		{"I've heard the pay is bad. Is it true?", "facts/median-salary"},
		{"I work in billing. Where do I go next?", "faq/career-growth"},
		{"I'm a paramedic. Could I make the jump?", "faq/timeline"},
		{"Our EHR is a mess. Whose job is it to fix it?", "responsibilities/7"},
		{"I'm finishing community college this spring. What degree do most practice managers end up with?", "faq/education"},
		// Batch 241: chat; "tho" is filler.
		{"is it stressful tho", "cons/1"},
		// Batch 240: a manager's own IT chores.
		{"what if the network goes down at the clinic", "technical-skills/12"},
		{"do i need to know how to reset passwords for staff", "technical-skills/12"},
		// Batch 236: chat.
		{"what skills r gonna matter more soon", "qualifications/p3"},
		{"why do some places pay more", "salary-outlook/p1"},
		{"mid level what do u do", "path/manager"},
		{"what kinda places hire these", "qualifications/p1"},
		{"telehealth ops a thing?", "market-commentary/p2"},
		{"whats the job in a nutshell", "what-is/p1"},
		// Batch 235: typos in short words.
		{"can i werk remotly", "faq/remote"},
		{"whats the salery rang", "facts/salary-range"},
		// Batch 234: English as a second language; false friends.
		{"for to be medical practice manager which formation is needed", "education/p1"}, // the set lists education/p1 first; "formation" is now read as education
		{"how is the evolution of the career in this profession", "career-path/p1"},
		{"how i can know if one clinic respect the diversity", "workplace-culture/p2"},
		{"how i can grow in the career, the contacts are important?", "career-path/p3"},
		{"how i prepare my curriculum for apply", "steps/5"},
		// Batch 232: chat.
		{"r u stuck in an office all day", "work-environment/p1"},
		{"gotta be good at thinking on ur feet?", "soft-skills/3"},
		{"what makes some ppl climb faster", "career-path/p2"},
		{"lots of ways to get in or just one", "how-to-become/p1"},
		{"what changes how much u make", "salary-outlook/p1"},
		{"do places hide names on apps to cut bias", "inclusive-hiring/p2"},
		{"tech skills = raises?", "trends/p3"},
		// Batch 231: a background, then the question.
		{"My professor mentioned value-based care. Does that affect demand for managers?", "salary-outlook/p3"},
		{"I love spreadsheets. Is there data work in this job?", "technical-skills/7"},
		{"I'm always late and forget things. Will that hurt me in this job?", "soft-skills/8"},
		// Batch 229: "how long" is one term, so one word of another subject outweighs it.
		{"how long dose it take", "faq/timeline"},
		{"how long does it take to become a practice manager with an mba", "faq/timeline"},
		// Batch 228: plain questions.
		{"are there jobs near me", "steps/6"},
		// Batch 227: plain questions; a degree in another field, asked about for this job.
		{"can i do this with a psychology degree", "steps/1"},
		{"i have a biology degree can i become a practice manager", "steps/1"},
		{"what do i need to know", "steps/1"},
		{"do you need experience", "qualifications/p2"},
		// Batch 226: English as a second language; what to study or learn, said plainly.
		{"the manager can take decisions alone or always must ask the doctor", "pros/3"},
		{"which are the principal difficulties of this work", "faq/challenges"},
		{"please explain me what is this profession", "what-is/p1"},
		{"the ambient of work is like family or more formal?", "workplace-culture/p1"},
		{"which signs show that a clinic is not good place for minorities", "workplace-culture/p3"},
		{"which visa i need for work in other country as practice manager", "visas/p1"},
		{"do they hire people without experience", "qualifications/p2"},
		{"what do i need to study", "faq/education"},
		{"what should i learn", "steps/3"},
		{"what do i need to do to start", "steps/1"},
		// Batch 225: chat.
		{"do u end up playing referee between staff a lot", "soft-skills/7"},
		{"best way to learn the business side", "steps/3"},
		{"how important is keeping patients happy", "soft-skills/5"},
		// Batch 222: chat with typos; "pms" who earn are people, not software.
		{"why do some pms earn way more than others", "salary-outlook/p1"},
		{"do u have to adapt to new rules a lot", "soft-skills/4"},
		{"pms salary", "facts/median-salary"},
		{"practice managers make how much", "facts/median-salary"},
		// Batch 221: healthcare, but not this career (these stay ours).
		{"do practice managers get good health insurance", "pros/6"},
		// Batch 219: a test writer's last look.
		{"What degree do most practice managers hold?", "faq/education"},
		{"How do I apply for practice manager jobs?", "steps/6"},
		// Batches 217-218: passages picked at random; a test writer, chat.
		{"Do practice managers have to make quick decisions?", "soft-skills/3"},
		{"Are women and minorities well represented in leadership?", "diversity/p1"},
		{"bachelors price?", "education/p2"},
		{"do they crunch numbers and make reports", "technical-skills/7"},
		{"do i have to be an it person", "technical-skills/12"},
		{"will i feel like im making a difference", "pros/1"},
		// Batches 215-216: a background, then the question; other subjects so asked.
		{"My doctor-boss hates money talk. Who handles the budget and billing in a practice?", "responsibilities/3"},
		{"I'm worried about getting stuck. If I leave, will my skills be useful elsewhere in healthcare?", "pros/7"},
		// Batch 214: a background, then the question.
		{"Things go wrong at the clinic every single day. Do practice managers have to be good problem solvers?", "soft-skills/3"},
		{"I'm mapping out my next ten years. How does a career in practice management usually unfold?", "career-path/p1"},
		{"If I burn out on this someday, could I use the experience for a different job?", "pros/7"},
		{"I'm not a tech person at all. How much IT will I have to deal with?", "technical-skills/12"},
		{"can i work from anywhere", "remote-work/p2"},
		// Batch 213: typos in the words the rules need.
		{"how dose the carreer progres", "career-path/p1"},
		{"do i need to be orgnized", "soft-skills/8"},
		{"is it hard to get hird", "challenges/p1"},
		{"what dose a practise manager do", "responsibilities/1"},
		// Batches 210-212: passages picked at random; a test writer, chat; other subjects.
		{"does this job actually matter", "pros/1"},
		{"is it a safe career", "pros/4"},
		{"can i jump to something else later", "pros/7"},
		{"am i gonna have a boss breathing down my neck", "pros/3"},
		{"r weekends a thing", "cons/4"},
		{"why r budgets so tight", "trends/p2"},
		{"is there always something new to learn", "cons/2"},
		{"is the money on me if things go wrong", "cons/5"},
		{"can i travel the world doing this", "remote-work/p2"},
		// Batch 209: a second language.
		{"the manager can decide alone or need permission always?", "pros/3"},
		{"this experience is useful after for other works?", "pros/7"},
		{"from what depends the salary", "salary-outlook/p1"},
		{"what does the salary depend on", "salary-outlook/p1"},
		{"can grow a lot in this career?", "faq/career-growth"},
		{"all the money problems are of the manager?", "cons/5"},
		{"manager is ordering the gloves and medicines?", "technical-skills/9"},
		{"what is credentialing of doctors", "technical-skills/6"},
		{"they use lean method in the clinics?", "technical-skills/10"},
		{"i have to study always new rules?", "cons/2"},
		{"after the university how much time to get job", "faq/timeline"},
		{"in capital cities there is more jobs?", "how-to-become/p2"},
		// Batches 206-208: passages picked at random; a test writer, chat; other subjects.
		{"telehealth niche worth it?", "market-commentary/p2"},
		{"ballpark salary?", "facts/median-salary"},
		{"skills carry over to other jobs?", "pros/7"},
		{"so much stuff to learn, is it overwhelming", "cons/2"},
		{"nomad life possible?", "remote-work/p2"},
		{"staff fight new systems, how do u deal", "cons/7"},
		{"is it stable long term", "faq/job-market"},
		// Batches 202-205: passages picked at random; a test writer, chat, a second language.
		{"What are my options for moving up?", "faq/career-growth"},
		{"What entry-level jobs lead to practice management?", "steps/2"},
		{"Is telehealth management a skill I need?", "technical-skills/11"},
		{"any groups for latino healthcare admins", "dei-resources/p1"},
		{"can i run things my way", "pros/3"},
		{"ai jobs in this field?", "opportunities/p2"},
		{"the highest post, what is doing?", "path/director"},
		{"in what things there is more demand now", "opportunities/p1"},
		{"what are the bad signals of a practice when i go to interview", "workplace-culture/p3"},
		{"there is more managers than jobs or less?", "market-commentary/p3"},
		{"how many time i need for be ready to work", "faq/timeline"},
		{"which programs of computer they are using", "tools/p1"},
		{"if i stop this job, the skills serve for other job?", "pros/7"},
		{"which skills become more important with the years", "qualifications/p3"},
		// Batches 199-201: passages picked at random; a test writer, chat.
		{"What specializations are growing in this field?", "market-commentary/p2"},
		{"How do I find practice manager job openings?", "steps/6"},
		{"Can I use these skills in other healthcare jobs?", "pros/7"},
		{"regular mpm salary", "salary/manager"},
		{"epic or cerner, do i need to know em", "technical-skills/2"},
		{"growing fast or nah", "facts/growth"},
		{"how do u handle staff beefing", "soft-skills/7"},
		// Batch 198: a second language, questions in statement order.
		{"where i can learn management skills", "steps/3"},
		{"after some years what position i can reach?", "faq/career-growth"},
		{"the manager is responsible if the clinic lose money?", "cons/5"},
		{"the manager buy the materials and control the stock?", "technical-skills/9"},
		{"with this experience later i can work in hospital administration?", "pros/7"},
		{"there are many women and minorities as leaders in this area?", "diversity/p1"},
		{"where can this career take me long term", "faq/career-growth"},
		// Batches 194-197: passages picked at random; other subjects.
		{"do u get to make ur own calls or is it all the doctors", "pros/3"},
		{"r there jobs out there for this", "facts/openings"},
		{"can i switch to something else later", "pros/7"},
		{"what do they earn in other countries", "global-salaries/p1"},
		// Batches 189-190: passages picked at random.
		{"diff between this and hospital admin?", "what-is/p2"},
		{"new specializations like payer models?", "market-commentary/p2"},
		// Batches 187-188: passages picked at random.
		{"to analyze data is necessary?", "technical-skills/7"},
		{"manager buy the medical materials?", "technical-skills/9"},
		// Batches 184-185: passages picked at random.
		{"Is there room for advancement within one practice?", "cons/6"},
		// Batches 181-182: passages picked at random.
		{"Is dealing with difficult people part of the job?", "cons/3"},
		// Batches 175-180: passages picked at random.
		{"how much talking to people is involved", "soft-skills/2"},
		{"billing and AR responsibilities", "responsibilities/3"},
		{"inventory mgmt?", "technical-skills/9"},
		{"How does pay compare across the Asia-Pacific region?", "global-salaries/p2"},
		// Batch 174: passages picked at random, a test writer's phrasing.
		{"What should I study first?", "steps/1"},
		{"Does location affect how easy it is to find a job?", "how-to-become/p2"},
		// Batch 173: passages picked at random, a test writer's phrasing.
		{"Is this a high-pressure job?", "cons/1"},
		{"What is the big picture of this career?", "intro"},
		{"What are practices looking for in new hires this year?", "trends/p1"},
		{"How much is the field expected to grow by 2032?", "market-commentary/p1"},
		{"Where are the biggest opportunities for practice managers?", "opportunities/p1"},
		// Batch 172: passages picked at random, a test writer's phrasing.
		{"What makes this career important?", "intro"},
		{"How does the culture differ between small and large practices?", "workplace-culture/p1"},
		{"How do people usually start their careers in this field?", "career-path/p1"},
		// Batch 171: passages picked at random, typed tersely.
		{"where can i take management courses", "steps/3"},
		{"can i switch to a different healthcare job later", "pros/7"},
		{"why do requirements vary so much", "qualifications/p1"},
		{"different ways to break in?", "how-to-become/p1"},
		{"do u have to work long days", "cons/4"},
		// Batch 170: passages picked at random, typed as in chat.
		{"who's in demand right now", "opportunities/p1"},
		{"what's the office like", "work-environment/p1"},
		{"what cert do employers like", "faq/education"},
		{"why does this job matter", "intro"},
		// "Have a role in" asks about the duties.
		{"do practice managers have a role in hr", "responsibilities/2"},
		{"does the manager play a role in billing", "responsibilities/3"},
		// Batch 168: passages picked at random, typed as in chat.
		{"is it easier to get hired in cities", "how-to-become/p2"},
		{"why is this job a big deal", "intro"},
		// Batch 167: passages picked at random, a test writer's phrasing.
		{"How much IT knowledge is required?", "technical-skills/12"}, // "it" is a stop word, "IT" isn't
		// Batch 166: passages picked at random, asked in a second language.
		{"this work gives satisfaction?", "pros/1"},
		{"honesty is needed in this work?", "soft-skills/6"},
		{"i can use this skills in other jobs later?", "pros/7"},
		{"in one clinic i can grow or no", "cons/6"},
		{"why this job is important for healthcare", "intro"},
		{"the manager organize the schedule of patients?", "technical-skills/8"},
		{"salaries in the world are different?", "global-salaries/p1"},
		{"there are many ways to start this career?", "how-to-become/p1"},
		{"the manager must change fast when rules change?", "soft-skills/4"},
		// Batch 165: passages picked at random, asked politely at length.
		{"Please explain the HR side of the job.", "technical-skills/5"},
		{"Could you list the regulations I should be familiar with?", "technical-skills/3"},
		{"If I leave this career later, will my skills transfer?", "pros/7"},
		{"Please give me a definition of a medical practice manager.", "what-is/p1"},
		// Batch 164: passages picked at random, typed as in chat.
		{"why do clinics care so much about cutting costs rn", "trends/p2"},
		{"what gets you promoted faster", "career-path/p2"},
		{"so much stuff to keep up with?", "cons/2"},
		{"does it matter what i study", "education/p1"},
		{"jobs per year?", "facts/openings"},
		{"am i in charge of the budget", "responsibilities/3"},
		{"who keeps the ehr running", "responsibilities/7"},
		// Batch 163: passages picked at random, a test writer's phrasing.
		{"Who has the best job prospects in this field right now?", "opportunities/p1"},
		{"Who manages the daily front-office operations?", "responsibilities/1"},
		{"Can I get into this career without a healthcare degree?", "how-to-become/p3"},
		// Batch 162: passages picked at random, typed as in chat.
		{"mpm = what exactly?", "what-is/p1"},
		{"how do ppl land these jobs", "steps/6"},
		{"why's this job important", "intro"},
		// On-topic neighbours of off-topic batch 161.
		{"is 2025 a good time to get into practice management", "market-commentary/p1"}, // the robust job market
		// Batch 160: the commonest questions, a second time.
		{"what experience do i need", "steps/2"}, // not the FAQ on pay that names "experienced managers"
		{"can i work abroad", "visas/p1"},
		// Batch 159: the commonest questions, in the forms people ask them.
		{"what is a medical practice manager exactly", "what-is/p1"},
		{"so what is a practice manager anyway", "what-is/p1"},
		{"what does MPM stand for", "what-is/p1"},
		{"what's the job like", "work-environment/p1"},
		{"how to become a medical practice manager", "how-to-become/p1"},
		// Batch 158: passages picked at random, a test writer's phrasing.
		{"What exactly is a medical practice manager?", "what-is/p1"},
		{"What makes this career intellectually rewarding?", "pros/2"},
		{"What different paths can lead into this field?", "how-to-become/p1"},
		{"Does the size of the practice affect how fast I get promoted?", "career-path/p2"},
		// A job in healthcare administration behind "can I become one?".
		{"I work as a medical biller, can I become a practice manager?", "faq/timeline"},
		// Batch 156: passages picked at random, a test writer's phrasing.
		{"What topics does the FAQ cover?", "faq/p1"},
		{"Why is this role considered important in healthcare?", "intro"},
		// Batch 155: passages picked at random, asked in a second language.
		{"what make the promotion go quick", "career-path/p2"},
		{"the manager is responsible for follow the law?", "responsibilities/4"},
		{"is good for people who like learning", "pros/2"},
		{"what is doing the manager every day", "responsibilities/1"},
		{"good and bad sides of this job", "pros-cons/p1"},
		{"which study i need", "education/p1"},
		{"what are main problems in this work", "faq/challenges"},
		{"who make the contracts with the insurances", "responsibilities/5"},
		// Batch 154: passages picked at random, a test writer's phrasing.
		{"What is the best way to find job openings?", "steps/6"},
		{"Which skills are most in demand in the current market?", "trends/p1"},
		{"Is it hard to keep up with all the regulations and technology?", "cons/2"},
		{"Is a small practice more relaxed than a large hospital system?", "workplace-culture/p1"},
		// Batch 153: passages picked at random, typed as in chat.
		{"do mpms get called in on weekends or at night", "cons/4"},
		{"how has the market changed in the last couple years", "market-reality/p1"},
		{"what does a normal practice manager do all day", "path/manager"},
		{"does networking actually matter for moving up", "career-path/p3"},
		{"will i have to crunch numbers and make reports", "technical-skills/7"},
		{"why do practices want managers who are good with money", "trends/p2"},
		{"does the job involve confidential info", "soft-skills/6"},
		{"are certs respected as much as a degree", "education/p3"},
		// Batch 151: passages picked at random, a test writer's phrasing.
		{"Are requirements the same for every practice?", "qualifications/p1"},
		{"What is the workplace setting like?", "work-environment/p1"},
		{"Which specialties are in high demand right now?", "opportunities/p1"},
		{"What skills do I need to handle conflicts on my team?", "soft-skills/7"},
		{"Is there only one educational route into this job?", "education/p1"},
		// Batches 149 and 150: passages picked at random.
		{"Which HR skills would help me in this role?", "technical-skills/5"}, // "in this role" names the role
		{"What are the biggest difficulties practice managers deal with?", "faq/challenges"},
		{"Is this career safe during a recession?", "market-commentary/p3"},
		{"give me a quick definition of the role", "what-is/p1"},
		{"what regulations does a practice manager have to make sure the clinic follows", "responsibilities/4"},
		{"what software will i use every day", "tools/p1"},
		{"What's the lowest and highest pay someone in this job can expect?", "facts/salary-range"},
		// Batch 148: a test writer's phrasing, a tenth time.
		{"How do I search for practice manager openings?", "steps/6"},
		{"What keeps practice managers motivated?", "pros/1"},
		{"What is the most difficult part of managing staff?", "cons/3"},
		{"What is the outlook for salary growth?", "trends/p3"},
		// Batch 147: a test writer's phrasing, a ninth time.
		{"Can I do this job from home full time?", "faq/remote"},
		{"What are the job prospects over the next ten years?", "market-commentary/p1"},
		{"Which electronic health record systems are most common?", "technical-skills/2"},
		{"Are there fewer entry-level positions available?", "trends/p3"},
		// Batch 146: a test writer's phrasing, an eighth time.
		{"What are the core functions of a medical practice manager?", "responsibilities/1"},
		{"What kind of software experience is expected?", "technical-skills/2"},
		// Batch 145: a test writer's phrasing, a seventh time.
		{"What are the biggest rewards of the job?", "pros/1"},
		{"What's the outlook for job openings?", "facts/openings"},
		{"Is the work emotionally demanding?", "cons/3"},
		{"Why is revenue cycle management a valuable skill?", "trends/p2"}, // managers with RCM records are preferred
		{"How does the job differ at large health systems?", "workplace-culture/p1"},
		// Beside off-topic batch 144: a work visa stays ours.
		{"what visa do i need to work in canada as a practice manager", "visas/p1"},
		// Batch 143: a test writer's phrasing, a sixth time.
		{"How does a practice manager support physicians?", "what-is/p1"},
		{"Why do some people leave this career?", "cons/1"},
		{"What kind of salary increases come with promotions?", "salary-outlook/p1"},
		{"Why are practices looking for cost-cutting skills?", "trends/p2"},
		{"Are entry-level jobs harder to get now?", "trends/p3"},
		// Batch 142: a test writer's phrasing, a fifth time.
		{"What is the role of a medical practice manager in a clinic?", "what-is/p1"},
		{"How much experience do I need before applying for a practice manager position?", "faq/timeline"},
		{"What personality traits suit this job?", "soft-skills/1"},
		{"Are there practice manager jobs in hospitals?", "work-environment/p1"},
		{"Should I specialize to advance faster?", "career-path/p2"},
		// Batch 141: a test writer's phrasing, a fourth time.
		{"How can I improve my chances of getting hired?", "opportunities/p2"},
		{"What happens to practice managers when practices merge?", "trends/p2"},
		{"Are smaller practices hiring fewer managers?", "challenges/p1"}, // smaller administrative teams
		// Batch 140: a test writer's phrasing, a third time.
		{"Are practice managers responsible for compliance?", "responsibilities/4"},
		{"Do practice managers need to understand medical billing?", "technical-skills/1"},
		{"What are the advancement opportunities after becoming a practice manager?", "faq/career-growth"},
		// Batch 139: a test writer's phrasing, again.
		{"Which certification is most respected in the industry?", "faq/education"},
		{"Is there strong demand for practice managers right now?", "faq/job-market"},
		{"Do employers value certifications as much as degrees?", "education/p3"},
		{"What topics come up in practice manager interviews?", "steps/6"},
		{"Are rural areas a good place to start?", "opportunities/p2"},
		// Batch 138: questions as a test writer phrases them.
		{"What soft skills are most valued by employers?", "soft-skills/1"},
		{"How do salaries compare internationally?", "global-salaries/p1"},
		{"What is the outlook for entry-level candidates?", "trends/p3"},
		{"What educational background is most common among practice managers?", "education/p1"},
		// Batch 137: more formal words.
		{"how well remunerated are practice managers", "faq/salary"},
		{"what are the occupational hazards of this job", "cons/1"},
		{"do they have fiscal responsibility", "responsibilities/3"},
		{"how do i acquire relevant experience", "steps/2"},
		{"which professional bodies are relevant", "steps/4"},
		{"are there geographic disparities in pay", "salary-outlook/p1"},
		{"how does one enter the profession", "how-to-become/p1"},
		{"is a clinical qualification mandatory", "how-to-become/p3"},
		{"how is the labour market for this occupation", "faq/job-market"},
		{"what adjacent roles exist", "related-careers/list"},
		// Batch 136: formal words for the guide's.
		{"which academic background is preferred", "facts/education"},
		{"what's the daily routine", "responsibilities/1"},
		{"what kind of workplace is it", "work-environment/p1"},
		{"which programs do they rely on", "tools/p1"},
		{"how demanding is the schedule", "cons/4"},
		{"is there job stability", "pros/4"},
		{"is it emotionally draining", "cons/3"},
		{"what obstacles will i face", "faq/challenges"},
		{"how do i market myself to employers", "steps/5"},
		{"remuneration overseas", "global-salaries/p1"},
		{"summarize the role", "what-is/p1"},
		// Batch 133: whole questions typed fast.
		{"how mcuh do mpms mkae", "facts/median-salary"},
		{"can i wokr from hoem", "faq/remote"},
		{"grwoth rate", "facts/growth"},
		// Batch 132: diversity, abroad, the market.
		{"will i face microaggressions as a manager of color", "workplace-culture/p1"},
		{"how has covid changed practice management", "market-reality/p1"},
		{"what do the numbers say about growth", "market-commentary/p1"},
		// Beside off-topic batch 131: the same words about the career.
		{"do practice managers handle claim denials", "technical-skills/6"},
		{"is epic better than cerner to learn for this career", "technical-skills/2"},
		// Batch 130: job-board words.
		{"job description for a medical practice manager", "what-is/p1"},
		{"entry requirements", "faq/education"},
		{"min qualifications", "faq/education"},
		{"paid time off?", "salary-outlook/p2"},
		{"promotion timeline", "career-path/p2"},
		{"in demand skills 2025", "trends/p1"},
		{"interview questions", "steps/6"},
		// Batch 129: negations and "what if".
		{"what if the doctors don't respect me", "cons/3"},
		{"what if my practice gets bought by a big system", "trends/p2"},
		{"what isn't a practice manager responsible for", "what-is/p2"},
		{"do they give medical advice", "what-is/p2"},
		{"reasons not to take this job", "pros-cons/p1"},
		{"who should avoid this career", "pros-cons/p1"},
		{"can you do this job without knowing billing", "steps/3"},
		{"if i work in billing for a year will that count", "steps/2"},
		{"no degree no experience - any chance?", "how-to-become/p1"},
		// Batch 128: chat formatting.
		{"re: certifications - which one is best?", "faq/education"},
		// Batch 127: career changers' stories.
		{"I'm currently a billing specialist. what's the next step toward practice management?", "steps/1"},
		{"I was in the army as a logistics officer. Is supply chain experience useful here?", "how-to-become/p1"},
		{"I'm bilingual in Spanish. Does that help in this career?", "soft-skills/2"},
		{"I'm in the UK on a student visa. Can I stay and work as a practice manager?", "visas/p1"},
		{"I'm a recent grad with a public health degree. Is that enough to apply?", "faq/education"}, // "a related field" (batch 497 reads the degree as one)
		{"My partner is moving to Canada for work. Could I find practice manager work there?", "visas/p1"},
		{"my manager wants me to learn lean six sigma. is that actually useful here?", "technical-skills/10"}, // a skill, not a background
		// Near the off-topic rules of batches 124 to 126, and ours.
		{"is practice management one of the fastest growing jobs", "faq/job-market"},
		{"what are the best jobs after being a practice manager", "faq/career-growth"},
		{"what's the best job title to search for", "related-careers/list"},
		{"is this a good career for an introvert", "soft-skills/2"},
		{"how much should i save for an mha", "education/p2"},
		{"can i get rich as a practice manager", "facts/median-salary"},
		// Batch 123: the guide's own words, lightly paraphrased.
		{"is this role more business or healthcare", "what-is/p1"},
		{"who makes sure the clinic follows hipaa and osha", "responsibilities/4"},
		{"does location matter for getting a job", "how-to-become/p2"},
		{"are salaries stable for experienced managers", "trends/p3"},
		// Batch 121: comparisons and several things at once.
		{"office manager vs practice manager salary", "facts/median-salary"},
		{"list every country's salary", "global-salaries/p1"},
		{"is the hospital admin route better than practice management", "what-is/p2"},
		{"mpm or healthcare consultant long term?", "faq/career-growth"},
		{"what's better for pay, specializing in rcm or compliance", "salary-outlook/p2"},
		{"urban or rural for a first job", "how-to-become/p2"},
		{"rural vs city pay", "salary-outlook/p1"}, // pay stays pay
		// Batch 120: English as a second language.
		{"my english is not good, is it problem for this job?", "soft-skills/2"},
		{"how is the future for this profession", "market-commentary/p1"},
		{"the salary is increasing with experience?", "salary-outlook/p1"},
		{"they manage the money of clinic?", "responsibilities/3"},
		{"there is many jobs for this?", "facts/openings"},
		{"for how long the visa process take?", "visas/p2"},
		{"how to grow in career after become manager", "faq/career-growth"},
		{"they work in the weekend also?", "cons/4"},
		// Batch 119: slang.
		{"ngl is this job kinda mid", "pros-cons/p1"},
		{"how much bread do mpms make fr", "facts/median-salary"},
		{"is the job toxic", "cons/3"},
		{"is cmpe legit", "faq/education"},
		{"are people getting laid off", "pros/4"}, // job security
		{"can u climb fast", "career-path/p2"},
		{"do u get to make the calls", "pros/3"},
		{"can i do this from bali", "remote-work/p2"},
		{"are there mpm jobs in the boonies", "opportunities/p2"},
		{"tl;dr of this career", "what-is/p1"},
		// Batch 118: figures, counts and levels.
		{"salary in pounds", "country/uk"},
		{"name some ehr systems", "tools/p1"},
		{"how many hours over 40 do they work", "faq/work-life-balance"},
		{"why is pay in brazil so low", "global-salaries/p2"}, // the reasons before the figures
		{"1-2 years to get a job after graduating, is that right?", "faq/timeline"},
		{"growth projected through 2032?", "market-commentary/p1"},
		{"how many countries does the guide cover", "global-salaries/p1"},
		// Batch 117: a Slack community's questions.
		{"what does a practice manager do that an office manager doesn't", "what-is/p2"},
		{"job titles to search for besides practice manager?", "related-careers/list"},
		{"are evenings and weekends expected", "cons/4"},
		{"what's the outlook with all the ai stuff", "market-commentary/p2"},
		{"is there more demand in the suburbs", "market-commentary/p3"},
		{"what entry level job should i apply for first", "steps/2"},
		{"im in hr right now, would that help me become a practice manager", "how-to-become/p1"},
		// Batch 116: the guide's passages paraphrased.
		{"is budgeting part of the job", "technical-skills/4"}, // not a passage with "budgets" and "job"
		{"do you need to be able to deescalate angry people", "soft-skills/7"},
		{"how important is staying calm under pressure", "soft-skills/3"},
		{"what drives differences in pay", "faq/salary"},
		{"why do people want to work as practice managers abroad", "global/p1"},
		{"are admin teams getting smaller", "challenges/p1"},
		{"do employers care more about degrees or certs", "education/p3"},
		// Batch 115: one word, typos, shorthand.
		{"ehr experience important?", "market-commentary/p3"},
		{"emr systems they use", "tools/p1"},
		{"what's your salary advice", "facts/median-salary"}, // not the networking step's advice
		// Batches 113 and 114: everyday chat.
		{"how do i negotiate my offer", "salary-outlook/p3"},
		{"which cert looks best on a resume for this", "faq/education"},
		{"how many hours a week do mpms usually work", "faq/work-life-balance"},
		{"can a nurse become a practice manager", "how-to-become/p3"},
		{"rural jobs easier to get?", "opportunities/p2"},
		{"is it diverse", "diversity/p1"},
		{"do international hospitals pay more", "global-salaries/p3"},
		{"where are the best opportunities right now", "opportunities/p1"},
		// Batch 111: what people type into a search box.
		{"is public speaking part of the job", "soft-skills/2"},
		{"what do you need to be a practice manager", "faq/education"},
		{"is a practice manager a good job", "pros-cons/p1"},
		{"what are the duties of a medical office manager", "responsibilities/1"},
		// Batch 110: asking for someone else, backgrounds, a coach's questions.
		{"our members keep asking about remote jobs", "faq/remote"},
		{"give a quick overview of the job", "what-is/p1"},
		{"does military leadership experience count", "how-to-become/p1"},
		{"will i be on my feet a lot", "work-environment/p1"},
		{"who is accountable if the practice fails", "cons/5"},
		// Batch 109: the guide's passages paraphrased.
		{"what factors decide how much i'll make", "salary-outlook/p1"},
		{"what qualifies someone for this position", "qualifications/p2"},
		{"does a practice manager run the whole hospital", "what-is/p2"},
		// Batch 108: specialties, workplaces, duties in detail.
		{"do orthopedic practice managers make more", "salary-outlook/p2"},
		{"can i manage an urgent care center", "what-is/p1"},
		{"do they make the schedule for doctors", "technical-skills/8"},
		{"do they handle collections", "responsibilities/3"},
		{"are practice managers the it person too", "technical-skills/12"},
		// Batch 107: everyday questions like the issue's examples.
		{"what skills should i work on", "steps/3"}, // the step that says which to build
		{"how can i grow in this career", "faq/career-growth"},
		// Batch 106: the guide's facts, levels compared, what the job is not.
		{"what year is the pay data from", "facts/median-salary"},
		{"do practice managers treat patients", "what-is/p1"}, // they run the practice so clinicians can treat
		{"reasons not to become a practice manager", "pros-cons/p1"},
		{"why do practice managers quit", "cons/1"},
		{"new zealand salaries for practice managers", "global-salaries/p2"}, // "nz" is written out by internal/chat
		// Batch 105: fragments.
		{"degree req", "faq/education"},
		{"mpm vs hospital admin", "what-is/p2"},
		// Batch 104: non-native, what if, how it would feel.
		{"i am from india can i work as practice manager in usa", "visas/p1"},
		{"is possible work from my house in this job", "faq/remote"},
		{"what if my practice gets audited", "responsibilities/4"},
		{"i feel like i'm not smart enough for this", "how-to-become/p3"},
		{"i want a job where i can make decisions", "pros/3"},
		{"how busy is a practice manager", "work-environment/p1"},
		{"can i have a family and do this job", "cons/4"},
		{"is english enough to work abroad", "visas/p2"},
		// Batch 103: places, duties, skills by name.
		{"do managers in new york earn more", "salary-outlook/p1"},
		{"can i become a practice manager in 6 months", "faq/timeline"},
		{"do they deal with lawsuits", "responsibilities/4"},
		{"do they need people skills", "soft-skills/2"},
		{"does this job involve hr stuff", "responsibilities/2"},
		{"is global demand growing", "global/p1"},
		// Batch 102: polite, follow-ups, who does what.
		{"hello! i was wondering if you could tell me how much practice managers usually make. thanks so much!", "facts/median-salary"},
		{"good morning, what certifications would you recommend for someone starting out?", "qualifications/p2"},
		{"is it ok if my degree is in psychology", "faq/education"},
		{"how do hospitals and clinics differ for this role", "work-environment/p1"},
		{"who reports to the practice manager", "soft-skills/1"},
		// Batch 101: moving up, first jobs, the market's realities.
		{"how does the economy affect this job", "market-reality/p1"},
		{"small practice vs large practice for a manager", "workplace-culture/p1"},
		{"can i learn this job on the job", "qualifications/p2"},
		{"how do i show leadership without a title", "soft-skills/1"},
		{"why is it so hard to get hired as a practice manager", "challenges/p1"},
		{"what skills are in demand right now", "trends/p1"},
		{"are rural practices hiring", "trends/p2"},
		{"will this job let me keep learning", "pros/2"},
		// Batch 100: numbers, self-assessment, chat slang.
		{"tbh does this job pay well", "faq/salary"},
		{"i'm 22 fresh grad, can i get hired as an mpm", "faq/timeline"},
		{"could u give me some tips to get started", "steps/1"},
		// Batch 99: comparisons, yes or no, everyday.
		{"r there lots of jobs", "facts/openings"},
		{"what should i do after getting my degree", "steps/2"},
		{"can i do this job without a bachelors", "qualifications/p2"},
		{"how do i make my resume stand out", "steps/5"},
		// Batch 89, everyday questions: who the job works with, how it is changing, Excel.
		{"who do they deal with at work", "work-environment/p1"},
		{"how is technology changing the role", "trends/p1"}, // or market-commentary/p2: the set takes either
		{"how important is excel", "tools/p1"},
		// Batch 90, chat-typed: recs, programs they use, hiring minorities.
		{"cert recs?", "faq/education"},
		{"what programs/software do they use", "tools/p1"},
		{"are practices hiring women and minorities", "inclusive-hiring/p1"},
		// Batch 91, the asker's background first: staff who fight, rules that overwhelm,
		// whether the job would suit them, which level to apply for.
		{"two of my front desk staff keep fighting, how should a manager handle it", "soft-skills/7"},
		{"As a new manager I'm overwhelmed by all the regulations. What do I really need to know?", "technical-skills/3"},
		{"I'm a teacher and I want out. Could practice management work for me?", "how-to-become/p1"},
		{"I'm 19 and don't know what to study. is this a good career?", "pros-cons/p1"},
		{"can nurses work as practice managers?", "how-to-become/p3"},
		// Batch 93, non-native and general phrasings.
		{"How many time it take to become manager of practice?", "faq/timeline"},
		{"Is it possible to do this job if I am not from medical field?", "how-to-become/p3"},
		{"can experience replace a degree", "qualifications/p2"},
		// Batch 94: a licence, why the role matters.
		{"do practice managers need a license?", "visas/p2"},
		{"why is this role important", "intro"},
		// Batch 96, a working manager's own problems.
		{"how do I handle a doctor who ignores our policies", "cons/3"},
		{"how do I get my team to accept the new EHR", "cons/7"},
		{"what's the best way to schedule staff", "technical-skills/8"},
		{"the owners keep blaming me for low revenue, is that normal", "cons/5"},
		// Batch 97, how the job feels.
		{"is it lonely being the manager", "pros/5"},
		{"do I need to be bossy", "soft-skills/1"},
		{"will my age matter in hiring", "inclusive-hiring/p2"},
		{"what if I don't like it", "pros/7"},
		{"what's better to study: business or healthcare admin", "faq/education"},
		{"What is the future of this job with artificial intelligence?", "market-commentary/p2"},
		{"define practice manager", "what-is/p1"}, // batch 77
		// Batch 82, a community channel's questions: a bonus (Porter stems "bonus" and the
		// guide's "bonuses" apart), brushing up, billing certifications, many hats, what
		// people don't know, talking to doctors, failed audits, keeping up with rules,
		// rural pay, benefits abroad, the job around the world, telehealth management.
		{"do practice managers usually get a bonus?", "faq/salary"},
		{"so my manager is retiring next year and i might step in. what should i brush up on?", "steps/3"},
		{"do smaller practices let you wear more hats?", "pros/2"},
		{"what's something most people don't know about this job?", "how-to-become/p3"},
		{"how do I talk to doctors about money?", "soft-skills/2"},
		{"what happens if the practice fails a compliance check?", "responsibilities/4"},
		{"do rural practices pay less?", "salary-outlook/p1"},
		{"what are benefits like in other countries?", "global-salaries/p3"},
		{"is the job the same everywhere in the world?", "global/p1"},
		{"is telehealth management a real career path?", "opportunities/p2"},
		// Batch 83, short chat: where to start, good job or no, the job's future, a day.
		{"how do i start", "steps/1"},
		{"good job or no", "pros"},
		{"future of this job", "market-commentary/p1"},
		{"what does a day look like", "responsibilities/1"},
		// Batch 84, longer questions: HIPAA knowledge, MHA or CMPE, hospitals or
		// clinics, showing readiness, growth percent, staff training, a country as a
		// place to work, what to read.
		{"How important is HIPAA knowledge for this role?", "technical-skills/3"},
		{"Which is more useful: an MHA or a CMPE?", "qualifications/p2"},
		{"Are there practice manager jobs at hospitals or just clinics?", "work-environment/p1"},
		{"How do I show I'm ready for a manager role?", "steps/5"},
		{"What percent growth is expected for this job?", "facts/growth"},
		{"What do practice managers do about staff training?", "responsibilities/2"},
		{"What should I read to learn more about the job?", "steps/3"},
		// Batch 85: staff salaries, ordering supplies.
		{"do they set salaries for staff", "responsibilities/2"},
		{"do they order supplies", "technical-skills/9"},
		// Batch 86, non-native English with typos: "practis manger", "bad of this job",
		// "challange of job", a degree from another country.
		{"what is practis manger", "what-is/p1"}, // the bot expands "wat" first
		{"what is bad of this job", "cons"},
		{"what is good of this job", "pros"},
		{"what is challange of job", "faq/challenges"},
		{"my degree from other country ok?", "visas/p2"},
		// Batch 87: a share of the job, remote scams, customer service, leadership style,
		// what people like least, rewarding.
		{"what percentage of the job is HR", "responsibilities/2"},
		{"are remote practice manager jobs a scam", "faq/remote"},
		{"how important is customer service", "soft-skills/5"},
		{"what leadership style works best", "soft-skills/1"},
		{"what do people like least about the job", "cons"},
		{"what's rewarding about the job", "pros/1"},
		// Batch 88, the asker's own background first: whether it is relevant, a strength,
		// a help; getting into management; leaving for another field; variety.
		{"I've supervised a team of 10 at a call center. Relevant?", "how-to-become/p1"},
		{"I'm really organized. Is that a strength here?", "soft-skills/8"},
		{"I want to leave practice management for tech. Do my skills transfer?", "pros/7"},
		{"I like variety in my work. Would I get that?", "pros/2"},
		// Batch 88, old misses: management experience from outside healthcare, a lab tech,
		// calming people down, not doing clinical work, a tech side.
		{"what if I have management experience but not in healthcare", "how-to-become/p1"},
		{"does retail management experience count?", "how-to-become/p1"},
		{"I'm a lab tech, can I become a practice manager?", "how-to-become/p3"},
		{"I'm good at calming people down. Will that help?", "soft-skills/7"},
		{"I want to help patients but not do clinical work. Is this a fit?", "how-to-become/p3"},
		// Batch 81, asked as people type into a search box.
		{"what is a practice manager's biggest responsibility?", "responsibilities/1"},
		{"how many practice managers are needed each year?", "facts/openings"},
		// Batch 80, everyday questions: hard to get hired, AI as a threat, nurses
		// becoming managers, getting started.
		{"is it hard to get hired?", "challenges/p1"},
		{"is AI a threat to this job?", "trends/p1"},
		{"can nurses become practice managers?", "how-to-become/p3"},
		// Old misses: skills that transfer, a realistic switch, measuring success, a
		// language barrier.
		{"I've managed a restaurant for years. Do those skills transfer?", "how-to-become/p1"},
		{"How do practice managers measure success?", "salary-outlook/p3"},
		{"is language a barrier for working in germany", "visas/p2"},
		// Batch 79: students and career changers: a school year is no level, majors and
		// grad school are education, school or work first, the next move, being trained,
		// books to read, the first 90 days, how managers are judged, the usual age.
		{"what minor would help", "education"},
		{"grad school right away or work first?", "qualifications/p2"},
		{"billing supervisor here, what's my next move", "steps/3"},
		{"how do I get my current practice to train me", "steps/2"},
		{"what books or courses do you recommend", "steps/3"},
		{"how are new managers evaluated", "salary-outlook/p3"},
		{"is there an age where people usually become managers", "faq/timeline"},
		// Batch 78: a coach's client, explaining the job to one's family, underrated and
		// thankless, power and overruling, where I live, where the figures come from,
		// staff meetings, keeping everyone happy, hard conversations, surprises.
		{"one of my coaching clients is a dental hygienist wanting to move into practice management, where should she start?", "how-to-become/p1"},
		{"my client has 15 years as an office manager in a law firm. what's her fastest route?", "how-to-become/p1"},
		{"how do I explain a practice manager's job to my parents", "what-is/p1"},
		{"what's underrated about the job", "pros"},
		{"is it a thankless job", "cons"},
		{"how much power does a practice manager really have", "pros/3"},
		{"can the doctors overrule you", "pros/3"},
		{"where does the salary data come from", "facts/median-salary"},
		{"do they run staff meetings", "soft-skills"},
		{"what's the hardest conversation they have", "soft-skills/7"},
		{"how do they deal with surprises", "soft-skills/4"},
		// Batch 76: the good and the bad, faster than other jobs, job seekers, a global
		// job, questions to ask, practices struggling to hire.
		{"give me the good and the bad", "pros"},
		{"is demand growing faster than other jobs", "facts/growth"},
		{"what are the main challenges for job seekers", "challenges/p1"},
		{"is practice management a global job", "global/p1"},
		{"what questions show a practice values inclusion", "workplace-culture/p2"},
		{"are rural practices struggling to hire", "trends/p2"},
		// Batch 75: non-native phrasing, a trait then "is that a problem?", career gaps,
		// age, what to learn first, specialty practices, change, continuous learning,
		// recent pay trends, preparing for a promotion, language for work abroad.
		{"Is need to know computer very good?", "technical-skills/12"},
		{"what kind of person fits this job", "soft-skills"},
		{"I hate conflict. Is that a problem?", "soft-skills/7"},
		{"I'm 55, is it too late?", "how-to-become/p1"},
		{"What should I learn first?", "steps/1"},
		{"Is there a lot of change in this job?", "soft-skills/4"},
		{"Are experienced managers getting paid more lately?", "trends/p3"},
		{"My boss wants me to take over as practice manager when she retires. How do I prepare?", "steps/3"},
		{"do I need to learn german to work in germany", "visas/p2"},
		// Batch 74: "in simple words", how to network, messing up the budget, whether the
		// job involves hiring.
		{"can u explain what a practice manager does in simple words", "what-is/p1"},
		{"how to network in healthcare", "steps/4"},
		{"what if i mess up the budget", "cons/5"},
		{"does the job involve hiring", "responsibilities/2"},
		// Batch 73: a question inside a sentence of background ("... and I'm wondering
		// what ..."), working Saturdays, telemedicine, quitting this job, labor laws,
		// how the job will change, no healthcare experience said as "zero".
		{"I supervise the front desk at a clinic and I'm curious about the typical work hours", "work-environment/p1"},
		{"do I need telemedicine skills", "technical-skills/11"},
		{"what makes people quit this job", "cons"},
		{"employment law knowledge needed?", "technical-skills/5"},
		{"what will the job look like in 5 years", "market-commentary/p2"},
		{"I have an MBA but zero healthcare experience. Realistic?", "how-to-become/p3"},
		// Batches 71-72: a catch, one's own office, the clinic's schedule, more jobs in
		// cities, practice types, consolidation, what's hot, a niche, what a degree costs,
		// learning alone, business or healthcare, money responsibility, hiring now,
		// competition, associations, degree evaluation, the best-paying countries.
		{"whats the catch", "cons"},
		{"do you get your own office", "work-environment/p1"},
		{"how do they keep the schedule running", "technical-skills/8"},
		{"are there more jobs in big cities", "how-to-become/p2"},
		{"which type of practice should i aim for", "how-to-become/p2"},
		{"is anyone buying up small practices", "trends/p2"},
		{"what niche should i specialize in", "market-commentary/p2"},
		{"how expensive is the degree", "education/p2"},
		{"can i learn it on my own", "education/p2"},
		{"is it more business or more healthcare", "what-is/p1"}, // or faq/p1: both say it balances the two
		{"how much responsibility for money do you have", "responsibilities/3"},
		{"are practices hiring right now", "faq/job-market"},
		{"why is it more competitive now", "challenges/p1"},
		{"is MGMA membership useful", "steps/4"},
		{"do i need to get my degree evaluated", "visas/p2"},
		{"which countries pay the most", "global-salaries/p1"},
		// Batch 70: the asker's English, "the X side", spotting a toxic practice, pay
		// against effort, experience from another field, a degree for a raise.
		{"my english is not so good, is communication important much in this work?", "soft-skills/2"},
		{"what about the telehealth side", "technical-skills/11"},
		{"how to spot a toxic practice when interviewing", "workplace-culture/p3"},
		{"does it pay well compared to effort", "pros/6"},
		{"I did 8 yrs in the army as a logistics officer. transferable?", "how-to-become/p1"},
		{"I'm a nursing student but hate clinicals. could admin be for me?", "how-to-become/p3"},
		{"is a masters worth it for the pay bump", "global-salaries/p3"},
		{"what if doctors dont want to use the new system", "cons/7"},
		{"how many hours a day do practice managers work", "work-environment/p1"},
		// Only general words say the topic: the rare guide stems among them count.
		{"how to get better at delegating", "soft-skills/1"},
		{"are practices closing or consolidating", "trends/p2"},
		{"what benefits do practice managers usually get", "salary-outlook/p2"},
		{"do practice managers have to work during audits", "faq/work-life-balance"},
		{"how many new jobs will there be by 2032", "facts/openings"},
		{"hows the job market lookin", "faq/job-market"}, // a dropped g
		{"is there a glass ceiling for women", "diversity/p1"},
		{"a student asked me if this job is in demand", "faq/job-market"},
		{"How do practices hire more inclusively?", "inclusive-hiring/p1"},
		{"is it hard to find a job in a big city", "challenges/p1"},
		{"how is the skill set changing over time", "qualifications/p3"},
		{"Do they handle patient complaints?", "responsibilities/6"}, // patients' complaints, not staff resisting
		{"Are they in charge of finances?", "responsibilities/3"},
		{"do they handle hiring and firing", "responsibilities/2"},
		{"Does location affect my chances?", "how-to-become/p2"},
		{"what key performance indicators do they track", "technical-skills/7"},
		{"equity or profit share?", "salary-outlook/p2"}, // not private equity, not DEI's equity
		{"which states hire the most", "how-to-become/p2"},
		{"does the practice size change the job", "how-to-become/p2"},
		{"does size of practice affect salary", "salary-outlook/p2"},
		{"healthcare consulting as an exit?", "career-path/p2"},
		{"can i go into health policy later", "career-path/p3"},
		{"portfolio examples?", "steps/5"},
		{"list the certs", "faq/education"},
		{"who sets the clinic budget", "responsibilities/3"},
		// A closing "what does the guide say?" leaves the question before it.
		{"A mentee asked whether she needs an MHA to progress to director. What does the guide say?", "qualifications/p2"},
		{"What would you tell a new grad who wants to be a practice manager in five years?", "faq/timeline"},
		{"What certifications and degrees matter, and how long do they take?", "education/p2"},
		{"how long do online certification courses take", "education/p2"},
		{"what makes someone a strong practice manager", "soft-skills/1"},
		{"What exactly does a medical practice manager do on a daily basis?", "responsibilities/1"},
		{"is there demand for practice managers in developed countries", "global/p1"},
		{"wrok life balence", "faq/work-life-balance"}, // a swap in a short word
		{"is being a practice manager a good stepping stone", "pros/7"},
		{"What qualifications do I need to become a medical practice manager?", "faq/education"},
		{"What regulations must practice managers follow?", "technical-skills/3"},
		{"how important is mentorship for advancing", "career-path/p3"}, // not the senior level's mentoring
		{"What financial tasks does a practice manager oversee?", "responsibilities/3"},
		{"Is it a good job — honestly?", "pros-cons/p1"},
		{"how do i network as a student", "steps/4"}, // the asker's being a student is background
		{"What entry-level jobs give good experience?", "steps/2"},
		{"do they make more in nyc", "salary-outlook/p1"},
		{"Describe the work environment in detail", "work-environment/p1"},
		{"How many years to reach the top?", "path/director"},
		{"Is the salary enough to support a family?", "facts/median-salary"},
		{"How does pay grow with experience?", "salary-outlook/p1"},
		{"Are small practices closing?", "trends/p2"},
		{"Which practices are hiring the most?", "opportunities/p2"},
		{"What new technologies should practice managers watch?", "market-commentary/p2"},
		{"how do i deal with staff who push back on new tech", "cons/7"},
		{"What does a good practice manager do differently?", "soft-skills/1"},
		{"Explain global salary differences", "global-salaries/p1"},
		{"how do i land my first mpm gig", "steps/6"},
		{"What drives the growth of the profession?", "market-commentary/p1"},
		{"do employers train you on the ehr", "technical-skills/2"},
		{"where do new grads find jobs", "steps/6"},
		{"can international students work as practice managers in the us", "visas/p1"},
		{"how much student debt is a healthcare admin degree", "education/p2"},
		{"can i work from home, asking for a friend", "faq/remote"},
		{"What ethical challenges do practice managers face?", "soft-skills/6"},
		{"What is the biggest source of pressure in this job?", "cons/5"},
		{"What is the primary role of a medical practice manager in a clinic?", "what-is/p1"},
		// A question that says nothing by itself is about the sentence before it.
		{"I don't have any certifications yet. Which one first?", "faq/education"},
		{"I hate spreadsheets. Is this job for me?", "technical-skills/4"},
		{"My interview is tomorrow. What will they ask?", "steps/6"},
		{"I want to work from home because of my kids. Is this realistic?", "faq/remote"},
		{"We just hired our first practice manager. What should we expect them to handle?", "responsibilities/1"},
		{"I only speak English. Can I still work abroad?", "visas/p2"},
		{"How do salaries differ between countries?", "global-salaries/p1"},
		{"How do practices promote diversity in hiring?", "inclusive-hiring/p1"},
		{"Where can I find practice manager job openings?", "steps/6"},
		{"how long do people usually stay practice managers", "cons/6"},
		{"what do practice managers struggle with the most", "faq/challenges"},
		{"is the job more about people or numbers", "pros/2"},
		{"how much tech knowledge do i need", "technical-skills/12"},
		{"what organizations should i join", "steps/4"}, // not organizational skills
		{"respnsibilites of a pm", "responsibilities/1"},
		{"what does pm software do", "technical-skills/2"},
		{"can i manage a us clinic while living in mexico", "remote-work/p2"},
		{"can i do this from another country", "remote-work/p2"},
		{"will practice managers become more strategic", "market-commentary/p2"},
		{"are employers cutting admin staff", "challenges/p1"},
		{"Is this a good career for someone who likes helping people?", "pros/1"},
		{"How secure is this job long term?", "faq/job-market"},
		{"Where do practice managers earn the most?", "salary-outlook/p1"}, // not the top level
		{"Do practice managers earn more in cities?", "salary-outlook/p1"},
		{"Will I always be learning new things?", "pros/2"},
		{"do you have to keep learning billing codes", "cons/2"},
		{"Do I need to understand healthcare laws?", "technical-skills/3"},
		{"is certification required by law", "faq/education"},
		{"is it worth it?", "pros-cons/p1"},
		{"would you recommend this career", "pros-cons/p1"},
		{"aapc cpc worth it for a manager", "faq/education"},
		{"how do managers keep the clinic running smoothly", "responsibilities/1"},
		{"what do they do to keep patients satisfied", "responsibilities/6"},
		{"can hybrid work lower pay", "salary-outlook/p3"}, // "models" would read as another job
		{"are salaries in the guide in usd", "salary-outlook/p3"},
		{"will managers do less clerical work in future", "market-commentary/p2"},
		{"is there more than one way to get educated for this", "education/p1"},
		{"what paths are there into the field", "how-to-become/p1"},
		{"can i specialize in billing instead of managing people", "career-path/p1"},
		{"do doctors give practice managers a hard time", "cons/3"},
		{"what questions does the faq cover", "faq/p1"},
		{"do practice managers schedule patients", "technical-skills/8"}, // not hours
		{"do they set up telemedicine", "technical-skills/11"},
		{"do managers fix computers", "technical-skills/12"},
		{"what if there's a staffing crisis", "soft-skills/3"},
		{"which employers are growing", "trends/p2"},
		{"do managers get to make their own decisions", "pros/3"},
		{"is it really stressful juggling everything", "cons/1"},
		{"job is hard or easy?", "cons/1"},
		{"how hard is it to manage people", "soft-skills/1"}, // hard at what, not the job's hardness
		{"do i need to be good with people", "soft-skills/2"},
		{"which country is best salary for this job", "global-salaries/p1"},
		{"it is possible to work from house?", "faq/remote"},
		{"should i quit nursing to do this", "how-to-become/p3"},
		{"should i specialize or stay general", "career-path/p2"},
		{"what's a good way to show results in an interview", "steps/5"},
		{"should i reach out to clinics directly", "steps/6"},
		{"best major for this career", "faq/education"},
		{"Are there diversity councils?", "inclusive-hiring/p3"},
		{"Do I need my degree evaluated abroad?", "visas/p2"},
		{"is my degree recognized in canada", "visas/p2"},
		{"What trends are shaping this job?", "trends/p1"},
		{"What drives compensation?", "salary-outlook/p1"},
		{"Is it good for personal growth?", "pros/2"},
		{"permanent residency?", "visas/p2"}, // not a doctor's residency
		{"whats the hardest skill to learn", "cons/2"},
		{"do they use excel", "tools/p1"},
		{"what happens if the practice loses money", "cons/5"},
		{"best time of year to job hunt?", "trends/p3"},
		{"what's my elevator pitch for this role", "what-is/p1"},
		{"is the work meaningful?", "pros/1"},
		// Background words the guide never uses ("BS", "spring") don't sink the question.
		{"I'm finishing my BS in health admin this spring. What kind of role should I apply to first?", "steps/2"}, // or faq/timeline: both name the first roles
		{"what sucks about it", "cons/1"},
		{"where do i find openings", "steps/6"},
		{"whats the top level", "path/director"},
		{"what else could i do with these skills", "related-careers/list"},
		{"telecommute", "faq/remote"},
		{"how much do they earn", "facts/median-salary"},
		{"compensation and bonuses", "faq/salary"},
		{"which credential should I get", "faq/education"},
		{"emr systems", "responsibilities/7"},
		{"certfication", "faq/education"},
		{"remotly", "faq/remote"},
		{"day to day duties", "responsibilities/1"},
		{"work life balance", "faq/work-life-balance"},
		{"wlb", "faq/work-life-balance"},
		{"downsides", "cons/1"},
		// one stem, two meanings: competition for jobs, competitive pay
		{"competition for jobs?", "challenges/p1"},
		{"are salaries competitive", "faq/salary"},
		{"do i need to be good with numbers", "technical-skills/4"},
		// Porter stems intern and international alike
		{"should i volunteer or intern first", "steps/2"},
		{"salary in spain", "global-salaries/p1"},
		{"nobody will hire me without experience, how do I get some", "steps/2"},
		// "diverse teams" is variety; "diversity" is DEI
		{"what's the diversity like in leadership", "diversity/p1"},
		{"what does a practice manager do with data", "technical-skills/7"},
		{"what makes this job hard", "faq/challenges"},
		{"what classes should i take", "steps/3"},
		{"9 to 5?", "work-environment/p1"},
		{"is empathy important", "soft-skills/5"},
		{"handling angry patients", "responsibilities/6"},
		{"P&L experience needed?", "technical-skills/4"},
		{"find a mentor", "career-path/p3"},
		{"eli5 practice manager", "what-is/p1"},
		{"how much of the job is HR", "responsibilities/2"},
		{"decision making under pressure", "soft-skills/3"},
		{"can i get sponsored", "visas/p1"},
		{"i'm a medical assistant, can i move into management", "faq/timeline"}, // transitioning from other healthcare positions; how-to-become/p3 answers too
		{"how political is the job", "cons/3"},
		{"good job for a single parent?", "faq/work-life-balance"},
		{"performance reviews part of the job?", "responsibilities/2"},
		{"how do i ask for a raise", "salary-outlook/p3"},
		{"what's driving the demand", "market-commentary/p1"},
		{"how do i get my degree recognized abroad", "visas/p2"},
		{"what's the job market going to look like", "faq/job-market"},
		{"will i be stuck at one practice forever", "cons/6"},
		{"do mpms handle IT problems", "technical-skills/12"},
		{"can i work from another state", "faq/remote"},
		// being hired is a job search, hiring is recruiting
		{"how do i get hired with zero experience", "steps/2"},
		{"my front desk staff keep fighting with each other", "soft-skills/7"},
		{"does being bilingual help", "soft-skills/2"},
		{"how do i spot a toxic workplace", "workplace-culture/p3"},
		// stress is the high-stress environment; pressure is the financial kind
		{"is it stressful", "cons/1"},
		{"do practice managers get burned out", "cons/1"},
		{"is this a growing field or nah", "faq/job-market"},
		{"do they handle the money side", "technical-skills/4"},
		{"are big cities better for this job", "how-to-become/p2"},
		{"are practices having trouble hiring managers", "market-commentary/p3"},
		{"managing more than one clinic", "path/regional"},
		{"are certifications or experience more important", "qualifications/p2"},
		{"can a woman succeed in this field", "dei-resources/p2"},
		{"what new kinds of jobs are showing up", "opportunities/p2"},
		{"what do practice mangers do", "what-is/p1"},
		{"how fast can I get promoted", "career-path/p2"},
		{"what skills will matter most in 5 years", "qualifications/p3"},
		{"we're switching EHR systems and the staff hate it", "cons/7"},
		{"i keep getting rejected for manager jobs, what am i missing", "market-commentary/p3"},
		{"can i work from home part of the week", "faq/remote"},
		{"a good career for someone who likes helping people but not blood?", "how-to-become/p3"},
		{"my dream is to work in australia", "visas/p1"},
		{"a student of mine asks whether she needs clinical experience", "how-to-become/p3"},
		{"how fast is the field growing", "facts/growth"},
		{"how has the market changed recently", "market-reality/p1"},
		{"give me an overview of the salary", "facts/median-salary"},
		{"what are the biggest headaches", "faq/challenges"},
		{"is there room to grow", "faq/career-growth"},
		{"will i be sitting at a desk all day", "work-environment/p1"},
		{"how to switch from retail management", "faq/timeline"},
		{"do i have to be a nurse first", "how-to-become/p3"},
		{"what would you tell someone considering this career", "pros-cons/p1"},
		{"what's not so great about being a practice manager", "cons/1"},
		{"what industries hire practice managers", "work-environment/p1"},
		{"what's a healthcare administrator", "what-is/p2"},
		{"how tough is it to land a job right now", "challenges/p1"},
		{"do i get to be creative", "pros/3"},
		{"i'm 22 with no experience, what's my first move", "steps/1"},
		{"what's the hourly rate", "facts/median-salary"},
		{"is the pay good compared to other admin jobs", "faq/salary"},
		{"do practice managers work onsite", "faq/remote"},
		{"what credentials do employers want", "market-commentary/p3"},
		{"how do you move up faster", "career-path/p2"},
		{"can i advance without switching practices", "cons/6"},
		{"what leadership roles can i move into later", "pros/7"},
		// long messages: the question refers back to what was said before it
		{"My boss wants me to take over compliance. What does that actually involve?", "technical-skills/3"},
		{"Our practice is struggling with billing denials. Is that something a practice manager is supposed to fix?", "technical-skills/1"},
		{"I'm a single mom with two kids. Can I realistically do this job and still be home for dinner?", "faq/work-life-balance"},
		{"I got offered a practice manager job at 70k. Is that low?", "faq/salary"},
		{"can you make 150k in this job", "salary/director"},
		{"will AI take over this job", "trends/p1"},
		{"how do i improve clinic efficiency", "technical-skills/8"},
		{"what's the first level in this career", "path/assistant"},
		{"do i get to lead projects", "pros/3"},
		{"where are practice manager jobs posted", "steps/6"},
		{"can i get there in 2 years", "faq/timeline"},
		{"fastest route in", "how-to-become/p1"},
		{"does experience in billing count", "qualifications/p2"},
		{"are there accelerated programs", "education/p1"},
		{"how long is the bachelor's", "education/p2"},
		{"how does someone become a medical practice manager", "how-to-become/p1"},
		{"what's the path into practice management", "how-to-become/p1"},
		{"where should i get my first healthcare job", "steps/2"},
		{"do they need to know excel", "tools/p1"},
		{"what are employers struggling with", "trends/p2"},
		{"which regions have the most jobs", "how-to-become/p2"},
		{"i'm lgbt, is healthcare admin welcoming", "dei-resources/p2"},
		// questions in the guide's own words, but for one
		{"what's the median income for practice managers according to the government", "facts/median-salary"},
		{"what's the main purpose of a practice manager", "what-is/p1"},
		{"who keeps the practice compliant", "responsibilities/4"},
		{"do they set up the ehr", "responsibilities/7"},
		{"how do they handle disagreements between doctors", "soft-skills/7"},
		{"what's the state of diversity", "diversity/p1"},
		{"how can i tell if a practice is inclusive", "workplace-culture/p2"},
		{"what are the good things about being a practice manager", "pros/1"},
		{"what are the bad things about being a practice manager", "cons/1"},
		{"why is the market growing", "market-commentary/p1"},
		{"how do they keep patient information private", "technical-skills/3"},
		{"how do managers improve the patient experience", "soft-skills/5"},
		{"how do managers optimize patient flow", "technical-skills/8"},
		{"what does a manager for a solo practitioner need", "qualifications/p1"},
		{"does a manager coordinate with it vendors", "technical-skills/12"},
		{"do i need strong computer skills", "technical-skills/12"},
		{"are practice managers involved in hiring doctors", "technical-skills/6"},
		{"how do i search for openings", "steps/6"},
		{"is the learning curve steep", "cons/2"},
		{"do you work late often", "cons/4"},
		{"what if staff won't use the new system", "cons/7"},
		{"what's a practice management system", "technical-skills/2"},
		{"what's better, hospital or private practice", "workplace-culture/p1"},
		{"how do i become more data driven", "technical-skills/7"},
		{"does a bigger practice mean more pay", "salary-outlook/p2"},
		{"how much patient contact is there", "responsibilities/6"},
		{"is it a people job or a numbers job", "pros/2"},
		{"how important is ehr knowledge", "technical-skills/2"},
		{"do employers care about certifications", "qualifications/p2"},
		{"what's the pay gap between levels", "faq/salary"},
		{"how long does certification take", "education/p2"}, // the passage that gives the months
		{"what do people like most about the job", "pros/1"},
		{"is there a faster path if i already manage people", "how-to-become/p1"},
		{"how stressful is the financial side", "cons/5"},
		{"is this career a good match for detail-oriented people", "soft-skills/8"},
		{"what's the sign-on bonus like", "faq/salary"},
		{"how do i ask for more money as a practice manager", "salary-outlook/p3"},
		{"how many staff does a practice manager oversee", "soft-skills/1"},
		// slang
		{"is this job chill or nah", "faq/work-life-balance"},
		{"how do i get my foot in the door", "steps/2"},
		{"whats the vibe at small practices", "workplace-culture/p1"},
		{"how to ace the interview", "steps/6"},
		{"how many mpm jobs are out there", "facts/openings"},
		{"do hospitals or private practices pay more", "salary-outlook/p2"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			ms := searchAlone(t, tc.q)
			var got []string
			for _, m := range ms {
				got = append(got, m.ID)
			}
			if len(got) == 0 || !strings.HasPrefix(got[0], strings.SplitN(tc.want, "/", 2)[0]) {
				t.Errorf("got %v, want %s first", got, tc.want)
			}
		})
	}
}

// Equal scores must rank the same way on every run: answers (and the quality figures)
// may not depend on the order the index happens to return ties in.
func TestTiesRankInGuideOrder(t *testing.T) {
	g, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	var first []string
	for range 4 { // each build may hand back equal-scored hits in another order
		ix, err := Build(g.Passages())
		if err != nil {
			t.Fatal(err)
		}
		ms, err := ix.Search(context.Background(), "responsibilities", 10)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			got = append(got, m.ID)
		}
		if first == nil {
			first = got
		} else if !slices.Equal(got, first) {
			t.Fatalf("got %v, then %v", first, got)
		}
		ix.Close()
	}
}

func TestAbstains(t *testing.T) {
	for _, q := range []string{
		"what's the weather tomorrow", "best pizza in town", "how do I fix my car's brakes",
		"ehr for my own health records?", "advice for beginning a diet", "what's the best advice for a new dad",
		"is cooking part of the job", "how do i deescalate a fight with my wife", "keeping calm while driving",
		"is it normal to have a headache every day", "does outlook have ai features", "do nurses work nights and weekends",
		"would my degree help me become a teacher", "which job should i take, the bank or the school",
		"how many pounds is a stone", "name some good movies", "projected growth of the stock market",
		"how much bread should i buy for the party", "best climbing gym near me", "my friend got laid off from amazon",
		"can i leave at 5 today", "bruh moment", "vibe check", "how do i deal with a toxic roommate",
		"how long does a tourist visa take", "my english is not so good, can you translate this to spanish?",
		"what does a healthcare consultant do day to day", "what's the minimum wage in every country",
		"what does an ehr cost for a small clinic", "what's the best practice management software to buy",
		"how do hospitals make money", "when is the next mgma conference", "my manager at work keeps yelling at me",
		"what's a good career for an introvert", "how much should i save from my salary", "what jobs are remote friendly",
		"is it better to rent or buy", "what degree should i get to become rich", "is it worth getting an mba in general",
		"is linkedin premium worth it", "should i take a gap year", "what's the easiest high paying job",
		"is it bad to job hop", "how do i change careers at 40 into coding", "what's a good salary for a 25 year old",
		"what careers have the best work life balance", "what are the fastest growing jobs",
		"i'm on a student visa, can i work part time at a cafe", "my partner is moving to canada, how do i find an apartment",
		"i'm not good with people, how do i make friends", "i have a biology degree. is that enough to apply to med school",
		"re: the meeting tomorrow - is it still on?", "fyi: the office is closed monday",
		"how do i treat a sore throat", "why shouldn't i eat before bed", "is it a bad fit if my shoes are tight",
		"will a cert in yoga help me earn more", "my house got sold, what now",
		"what are the entry requirements for the army", "job description for a barista", "how many sick days do I get",
		"what is the cpt code for an office visit", "how do i appeal a claim denial from aetna", "is epic better than cerner for hospitals",
		"how long do i keep medical records in texas", "how do i fire an employee legally in california",
		"best payroll software for small businesses",
		"i have covid what should i do", "was the lockdown necessary", "what do the stats say about population growth in texas",
		"is caring for a parent emotionally draining", "daily routine for weight loss", "what programs do they rely on at nasa",
		"what are the 5 levels of maslow's hierarchy",
		"occupational hazards of being a firefighter", "trajectory of a rocket", "labour market in france",
		"fringe benefits at google", "duration of a movie", "the application process for a passport",
		"how do teacher salaries compare internationally", "outlook for new grads in software engineering",
		"who among my friends is the tallest",
		"is there strong demand for them in the nfl", "what topics come up in a nursing interview",
		"are rural areas a good place to raise kids",
		"who is responsible for compliance at a bank", "do teachers need to understand coding",
		"advancement opportunities in the army",
		"how do i improve my chances of winning the lottery", "when banks merge what happens to my account",
		"what is the role of a goalkeeper", "what personality traits suit a dog", "how much experience do pilots need",
		"cost cutting tips for my household", "do teachers get a pay raise with each promotion",
		"Which countries offer the best healthcare?", "How do hospitals decide how many nurses to hire?",
		"What visa do I need to study in Canada?", "How do I get a job at a tech startup?",
		"what are the biggest rewards of parenting", "outlook for job openings in construction",
		"what are the core functions of the kidney", "what software experience is expected for a data analyst",
		"can i work from home full time as a nurse", "job prospects for lawyers over the next ten years",
		"are there fewer entry level jobs in tech",
		"hardest part of managing people at my restaurant", "salary growth in tech", "is it harder to get hired without a car",
		"give me a definition of the role of the pope", "why do people not follow traffic laws",
		"how do i protect my savings in a recession", "what are the difficulties of learning japanese",
		"what is the best pizza for this role", "summarize the role of the senate",
		"is the price of tylenol the same at every pharmacy", "what niches are in demand for youtube",
		"how to resolve conflicts between my kids", "what are the educational paths to become a lawyer",
		"can you help me with my math homework", // "math" alone isn't the budgeting skill
		"how do i crunch numbers in excel faster", "how do i keep my diary confidential",
		"is a google certificate as good as a degree for tech jobs", "what does a normal dog do all day",
		"how has the weather changed in the last couple years", "what do normal people do on weekends",
		"how do i find apartment listings", "how to keep up with my kids' homework",
		"how can i get my amazon order advanced faster", "my son likes learning", "good and bad sides of living in paris",
		"which study shows coffee is healthy", "main problems with my car", "are car insurances expensive in germany",
		"why is this movie considered important", "why is the role of the pope important",
		"What is the best EHR for a small dental office?", "how do i switch doctors",
		"how do hospitals decide how many nurses to staff", "Can I work remotely as a medical biller?",
		"Which hospitals have the best cardiology departments?",
		"is chess intellectually stimulating", "what are the different ways to get into harvard", "what exactly is a mortgage",
		"how to become a youtuber", "what does nasa stand for", "so what is a mortgage anyway", "what's the weather like",
		"best budget phone 2025", "where should i go on vacation", "is 2025 a good year to start a business",
		"how do people land jobs at google", "nasa = what exactly?", "why's this movie so popular",
		"can i become a surgeon without a medical degree", "who manages the front desk at a hotel",
		"who has the best job prospects in tech",
		"so much homework to keep up with", "does it matter what i study for the sat",
		"how many jobs per year does amazon create", "what gets you promoted faster at mcdonalds",
		"side effects of ibuprofen", "will my teaching skills transfer to other careers", "give me a definition of a mortgage",
		"best computer programs for kids", "why this movie is important for history",
		"salaries in the world are different for football players?", "how to learn guitar step by step",
		"are there more jobs for engineers in big cities", "why is the super bowl a big deal",
		"Is a four-day work week a good idea?", "Should I get an MBA or a master's in computer science?",
		"How do I get a job in human resources?",
		"did russia play a role in the election", "do genes have a role in obesity",
		"what's the office like at google", "why does this movie matter", "who's in demand in the nba draft",
		"how do most people get rich", "can i switch to a different phone plan", "how to survive long shifts at a warehouse",
		"where do most actors start their careers",
		"is being a surgeon a high-pressure job", "big picture of world war 2", "how much will the stock market grow",
		"does location affect how easy it is to find a job in tech",
		"is dealing with difficult people part of the job for flight attendants", "raw material prices in 2025", "how do i analyze stocks",
		"latino food near me", "warning signs of a heart attack",
		"What's the best health insurance for freelancers?", "How do I become a medical billing specialist from home?",
		"Is telehealth as good as an in-person visit?", "What's the difference between an MD and a DO?", "How do I get a job at the WHO?",
		"different kinds of work boots", "what degree does the president hold",
		"My clinic uses Epic. How do I reset my Epic password?", "My coworker keeps stealing my lunch. What do I do?", "My clinic's Wi-Fi is slow. How do I speed it up?",
		"anyone know how to fix printer jams", "is it rude to eat at my desk", "can i work two jobs at once legally", "what are good icebreaker questions for a team meeting",
		"How do I get a job in marketing with no experience?", "how can i find work in retail",
		"why do some restaurants pay more", "what kind of companies hire data scientists", "whats the job of the heart", "what do special ops soldiers do",
		"what is the formation of a hurricane", "are my contacts important for getting a mortgage", "the evolution of the human species",
		"how do i find an in-network doctor", "best scrubs brand for long shifts", "how many patients does a family doctor see a day",
		"how do i climb faster in rock climbing", "what changes how much u make as a waiter", "bigger house = more $?",
		"my friend said i should learn to cook. how do i learn on my own?", "my mom mentioned the stock market. is that a good investment?",
		"is knitting stressful", "how much does knitting cost", "what skills do i need for gardening", "how much does running a marathon cost",
		"how long do cats live", "how long should i boil an egg", "how long is a marathon", "how do i get rid of a headache",
		"nursing jobs near me", "are there jobs near me for teenagers",
		"can i become a teacher with a psychology degree", "what can i do with a psychology degree", "do you need experience to be a pilot", "what do i need to know about taxes",
		"what visa do i need to visit japan", "what should i learn in spanish class", "what do i need to study for the gre",
		"do i play referee between my kids", "how do i become a referee for soccer",
		"is hospital administration a good career", "can i work from home as a medical coder", "are there remote jobs in insurance billing",
		"how do i adapt to new rules at school", "how to adjust to new laws after moving",
		"how do I become a practice owner doctor", "are women represented in congress leadership",
		"is the fire department hiring", "how do i join the police academy", "is the housing market oversaturated",
		"can i teach yoga with just a certificate",
		"is it rude to leave a meeting early", "my manager yells at me, is that legal", "my boss blames me for everything",
		"explain photosynthesis in simple terms", "how do pilots land in fog", "how do i land a job at google",
		"what's the work environment like at spacex", "how many openings does the olympic team have", "whats the career path for a pro gamer",
		"What certifications help a project manager get promoted?", "what drives my cat crazy",
		"where can i buy supplies cheap", "can i order equipment for my gym online", "will there be flying cars in the next years",
		"how do i manage my stock portfolio", "how do i crunch numbers in excel faster", "how to manage inventory for my etsy shop",
		"what niches are in demand for youtube", "my phone is blowing up with calls at night",
		"do dental offices need an office manager", "how long is maternity leave in canada", "how do i get my security deposit back",
		"what happens to stocks if the economy goes down", "how do i travel the world on a budget", "give me a resume of the movie",
		"does this movie have a future", "what do i do when the rules change in monopoly",
		"what is the exp date on this milk", "where to go from here in life", "what annoys my cat",
		"do medical scribes need certification", "is healthcare consulting a good career for new grads", "what visa do foreign nurses need for the uk",
		"what are signs a dog is sick", "after 5 years what can i become at google",
		"whats 15 percent of 80k", "can you schedule a meeting for me tomorrow", "how long does a cold last", "can you book me a flight",
		"a certain degree of risk in investing", "is bitcoin a safe bet", "how do i study for my finals",
		"what percent of people grow tomatoes", "the offer and the demand of houses in madrid",
		"so many rules to learn in chess", "what software is standard for video editing",
		"what's the median income in california", "how many hours do residents work", "what is the career path for a software tester",
		"what's the difference between a 401k and a pension", "how do i negotiate my internet bill", "how do i become a better listener with my partner",
		"is it normal to cry at work", "how do i budget as a college student", "how to deal with stress from finals",
		"how do i schedule a meeting in outlook", "is remote work bad for your mental health",
		"how do i land a job at google", "what's a good mix of cardio and weights", "how do pilots land a plane",
		"how do i control the materials for my art class", "is it more difficult to find a job in tech now", "there are many jobs for nurses in canada?",
		"what does a medical billing specialist earn working from home", "how much do coding specialists make",
		"how do i place orders for materials on amazon", "is it obligatory to see a doctor for a cold", "what affects the speed of promotion in the army",
		"is it safe to work night shifts while pregnant", "should i tell my boss im job hunting", "is healthcare a good industry to invest in",
		"whats the career ladder at mckinsey",
		"whats the best way to ask for time off", "is it worth getting a masters in psychology", "do hospital cleaners get benefits",
		"what's the pay for a medical receptionist in london", "is it legal to record my boss", "tips for managing a team of volunteers",
		"is the job market bad for new grads in general", "how do i become an it guy", "the it guy at my office is rude",
		"how is the housing market this year", "does a tattoo look bad to employers",
		"how do i get a job at a hospital with no experience", "how do i become a certified coder", "which state has the lowest cost of living",
		"how can my small business offer health insurance", "how do i lead a meeting confidently",
		"what is the best place of work in my city", "in how much time can i learn guitar", "is my driving license of another country valid here",
		"what's step two in making sourdough", "I'm a clerk at a law firm. Could I become a manager there?",
		"I wrote a cover letter for a teaching job. What should it highlight?",
		"is a bootcamp better than a cs degree", "how do i deal with a micromanaging boss", "how can i become more confident at work",
		"how do i become an airline pilot",
		"how do i fix my printer",
		// Batch 669: what wears down one's own things.
		"what wears my car tires down so fast",
		// Batch 668: one's own shoes for long shifts.
		"best shoes for nurses on 12 hour shifts",
		// Batch 664: one's own child's homework; one's own doctor yelling.
		"I manage a clinic and my teenage daughter is struggling in school. She refuses to do homework. How do I motivate her?",
		"my doctor keeps yelling at me during appointments",
		// Batch 663: another job's pay named as "X techs"; the asker's own double bill;
		// working while sick with covid.
		"are sonography techs paid well in texas",
		"what do surgical technologists make",
		"my clinic billed me twice for one visit, how do i dispute it",
		"is it ok to work from home while sick with covid",
		// Batch 659: one's own hobbies and fridge, beside the job's work-life balance
		// and supplies (first versions of those rules answered both).
		"how do i find time for hobbies when im stressed",
		"how do i restock my fridge on a budget",
		// Batch 656: another job's market, beside "harder to get hired now than
		// before" (the first version of that rule answered it).
		"is it harder to find work as an actor these days",
		// Batch 651: one's own doctor rude at an appointment.
		"my doctor was rude to me at my appointment, should i complain",
		// Batch 650: a parent's dementia care, after running a clinic.
		"I manage a clinic and my elderly dad just got diagnosed with dementia. I'm trying to figure out whether to move him into memory care or hire in-home help. Any advice?",
		// Batch 649: the pay for another healthcare job, in a country we have figures for.
		"what's the pay for a sonographer in australia",
		// Batch 648: one's home internet going down.
		"my home internet went down, how do i fix my router",
		// Batch 647: neighbours who won't talk to each other.
		"my neighbors won't talk to each other since the fence fight",
		// Batch 646: texting a coworker on the weekend is not being on call.
		"should i text my coworker on the weekend",
		// Batch 644: a four-day week by itself is the working world's.
		"is a 4 day work week good for productivity",
		// Batch 641: a black belt in karate is not Six Sigma's.
		"my son got his black belt in karate, what should i get him",
		// Batch 638: nursing school, after our role as who asks.
		"So my husband is a practice manager and he wants to go back to school for nursing. How long are accelerated BSN programs?",
		// Batch 637: what to wear, which the guide never describes.
		"Kind of a silly question but what do practice managers wear? I'm starting my first assistant role Monday and I don't want to show up looking wrong.",
		// Batch 636: the asker's own bills beside "balance ... business".
		"how do I balance my checkbook and my business expenses with my doctor bills",
		// Batch 635: whether the asker's own manager may do something.
		"my practice manager keeps scheduling me on weekends, is that legal?",
		// Batch 632: a duty the guide never describes, asked of the role.
		"do practice managers handle the clinic's marketing",
		"is marketing part of a practice manager's job",
		// Batch 626: someone moving to a clinic who asks another job's pay there.
		"I'm a nurse moving to a medical clinic, how much do nurses make there?",
		"I manage a dental office and I'm moving to a medical group. what do dental assistants make?",
		// Batch 617: a coach's own business.
		"As a career coach, how do I get more clients on LinkedIn?",
		"how do i get more coaching clients",
		// Batch 594: the best beaches in a country are a visit.
		"which canadian city has the nicest beaches",
		// Batch 592: a coder's own credential, coding from home as the job, another
		// kind of practice's pay, a joke.
		"how can I get a CCS certification",
		"i only want to do medical coding from home, which course is best",
		"does a dental practice manager make more than a vet one",
		"say something funny about nurses",
		// Batch 591: bad with computers, asking about typing.
		"I'm terrible with computers, how do I learn to type faster",
		// Batch 589: a joke, with a chat tag at the end.
		"tell me a joke lmao",
		// Batch 588: managing a restaurant better, not background to a move.
		"how do I manage a restaurant better",
		// Batch 587: a franchise gym's licenses.
		"My client wants to open a franchise gym. What licenses does she need?",
		// Batch 585: a son who wants to be a doctor, a laptop for school, moving
		// closer to work, a smelly fridge, each after our role or a clinic.
		"I'm a practice manager and my teenage son wants to be a doctor. What should he major in?",
		"I want to become a practice manager. But first, what's the best laptop for school?",
		"I'm a practice manager with a long commute. Is it worth moving closer to work?",
		"Our clinic's break room fridge smells. How do I clean it?",
		// Batch 584: tech jobs concentrated in certain areas.
		"are tech jobs concentrated in certain areas?",
		// Batch 583: green-belt jobs' pay, a sleep schedule's tools, opening a
		// dental practice.
		"how much do six sigma green belt jobs pay", "what tools help fix my sleep schedule problems", "how do I open a two-dentist practice",
		// Batch 582: a guitar or Photoshop hard to learn.
		"is guitar hard to learn", "is photoshop hard to learn",
		// Batch 581: a life coach's certification.
		"My client wants to become a life coach like me. What certification should she get?",
		// Batch 580: what surgeons value in a scrub nurse, doctors in a spouse.
		"what qualities do surgeons value in a scrub nurse?", "what traits do doctors look for in a spouse?",
		// Batch 579: women's problems that are not leading.
		"do women have problems with their knees after running?",
		// Batch 578: a soccer team's manager.
		"what skills do you need to be a good soccer team manager?",
		// Batch 575: nursing as where the asker goes; a nanny's replacement.
		"would my experience carry over to nursing?", "I can't work nights. Is nursing a good move for me?",
		"My nanny is quitting. What should we look for in her replacement?",
		// Batch 574: growth areas to invest in.
		"which growth areas should I invest in, stocks or bonds",
		// Batch 573: standing out to a college.
		"how do i stand out on my college application", "tips to stand out when applying to college",
		// Batch 570: a daughter's tuition.
		"I've been a practice manager for 5 years and my daughter just started college. How much should I save for her tuition each month?",
		// Batch 569: a new manager's outfit; another pursuit's age.
		"I'm starting my first practice manager job Monday, what should I wear?", "is skydiving realistic at that age",
		// Batch 568: the stock market's outlook, a family conflict, a nonprofit's
		// director.
		"what is the growth outlook for the S&P 500 this year", "how to resolve conflict with my teenage daughter", "how do I become a director of a nonprofit",
		// Batch 565: trash that is trash.
		"how often should i take out the trash at the clinic",
		// Batch 564: a son's job hopping.
		"my son keeps job hopping, how do I talk to him?",
		// Batch 562: a car accident told by a practice manager; a fire in the news;
		// a gym's front desk.
		"Long story short, I manage a clinic and my car got totaled in a parking lot accident yesterday. The other driver has no insurance. What should I do next?",
		"the biggest fire in California history, how did it start?", "two front desk people at my gym quit, how do I hire new ones?",
		// Batch 561: a husband's dislike of conflict.
		"my husband hates conflict, how do I talk to him about money",
		// Batch 560: another job's hours.
		"is it normal for a nurse to work late", "is it normal for an RN to stay late",
		// Batch 559: another job's levels weighed by how hard they are to land.
		"are experienced chefs in more demand than beginners", "is it easier to find a junior developer job than a senior one",
		// Batch 558: hard languages, good restaurants, another job's day.
		"what is the most difficult language to learn", "exist good restaurants in madrid?", "how is the typical day of work for a nurse",
		// Batch 557: another job's outlook; another kind of practice's software.
		"what is the job outlook for medical billers", "which EHR is best for a veterinary clinic", "what's the salary outlook for medical coders",
		// Batch 556: other jobs' specializations.
		"is there demand for lawyers who specialize in compliance", "what's the future for software engineers with expertise in AI",
		// Batch 555: other fields as pivots and where their people go; another
		// industry's normal.
		"is nursing a realistic pivot for someone in retail", "where do nurses usually go after a few years at the bedside",
		"my company got bought and there are layoffs. is this normal in the tech industry right now?",
		// Batch 554: other careers worth it.
		"Is a career in nursing worth it?", "is being a pharmacist worth it",
		// Batch 553: apologies and vibes outside our field.
		"sorry dumb question but how do I boil an egg", "is the new taylor swift album a vibe or nah",
		// Batch 552: a coach's own business; age for other things; clients given other things.
		"how do I set my rates as a career coach?", "is age a barrier to learning piano", "is my age a problem for getting a mortgage",
		"what gift should I give clients for the holidays", "what timeline should I give clients for a kitchen remodel",
		// Batch 551: a pull towards healthcare or a civilian job, then another job asked
		// about.
		"I'm leaving the army next year and want a civilian job. How do I become a police officer?", "Healthcare seems more rewarding than tech. What do nurses make?",
		"I just graduated with a biology degree. What's a realistic first job in a lab?", "I'm a nurse with ICU experience. How much more would I make as a travel nurse?",
		// Batch 550: location and foreign papers outside our field.
		"does location matter when looking for a software engineering job", "do employers care if my driving license is from another country",
		// Batch 548: two other jobs' pay; an office manager elsewhere.
		"is a nurse or a doctor paid more", "what does an office manager at a law firm do",
		// Batch 547: other trades' certifying bodies.
		"which organizations offer certifications for nurses", "what bodies issue certificates for electricians",
		// Batch 546: two other fields compared.
		"is nursing broader than medicine",
		// Batch 545: whether another matter is so; a car dealer's diversity.
		"My friend says the moon landing was fake. Is that true?", "They say they care about diversity. How do I tell if the company is serious about it when buying a car?",
		// Batch 544: other jobs' demand in rural areas; a bank's promotion.
		"is there demand for nurses in rural areas", "is there a shortage of doctors in small towns",
		"how do i show i'm ready for a promotion at the bank",
		// Batch 543: another bar to hiring than age; the human body.
		"I'm 45 with a criminal record. Can I still get hired?", "is the human body mostly water",
		// Batch 542: a visa for studying, not for work.
		"visa requirements for studying in australia", "visa for visiting the uk",
		// Batch 541: the nurse's pay, not ours; studying for the English test.
		"What is the salary of the nurse in Canada?", "How I make my english more better for the exam IELTS?",
		// Batch 540: the asker's own boss, a phone's slang verdict, another job's spreadsheets.
		"does my boss push me around too much", "is the new iphone mid or fire", "is being a pharmacist all spreadsheets",
		// Batch 539: another subject's growth numbers, a student's college, a band.
		"what are the population growth numbers for texas", "how do i help a student figure out which college to go to",
		"I've never heard of the band Radiohead",
		// Batch 538: a move up or over in another field.
		"I'm a chef. If I switch restaurants, do I start at the bottom?", "I'm a teacher. My boss says I should think about moving up. What certifications matter for getting there?",
		"I'm a chef. Which parts of cooking school would I already know?",
		// Batch 537: another field's junior version.
		"is there an entry level version of nursing", "is there a junior version of the role in dentistry",
		// Batch 536: the life support course, not the Bureau of Labor Statistics.
		"I'm a nurse. How do I get my BLS renewed?", "when does my cpr certification expire",
		// Batch 534: our role named by the asker, of a son's other career.
		"I'm a practice manager and my teenage son wants to be a pilot. Do you know how much flight school costs and how long it takes?",
		// Batch 532: key facts about something else.
		"What are the key facts about the Roman Empire?", "key stats on nursing",
		// Batch 530: a client's own job asked about.
		"my client is a chef, wants to know how long to roast a turkey", "my client is a plumber, wants to know how to fix a leak",
		// Batch 529: what it takes to be hired elsewhere.
		"what do i need to get hired at a hospital as a nurse", "what do you need to get hired at google",
		// Batch 527: a purchase of one's own, and IT typed as the field.
		"I'm a medical receptionist. My phone screen cracked. Should I repair it or buy a new one?", "should i buy a new phone",
		"I'm a medical receptionist. My laptop broke. Should I fix it or buy a new one?", "how do i get into IT",
		// Batch 526: a skill after the background, then another job's question.
		"I'm a bank teller, good with numbers. How do I become a loan officer?", "I'm a cashier, good with money. How do I ask for a raise?",
		"Former teacher here, good with kids. What's the best way to tutor online?",
		// Batch 525: look-alikes.
		"how do i become a real nurse", "how do i become a legit nurse", "srsly whats the best pizza topping",
		// Batch 524: look-alikes.
		"am i cut out for this marathon", "who hires at walmart", "will this diet burn me out", "do women face hurdles in tech",
		// Batch 523: off topic after a job-only opening, and look-alikes.
		"I'm a nurse. How do I deal with a doctor who yells at me?", "I'm a receptionist. What's a good app for scheduling my own week?",
		"I work in the ER as a nurse. How do I handle night shifts?", "I'm a chef. Is baking similar?",
		// Batch 522: look-alikes.
		"is baby formula in short supply", "when do restaurants usually hire", "is my nursing degree valued overseas",
		"what's the best time of year to apply for college", "what kind of restaurants have the most opportunities",
		// Batch 521: look-alikes.
		"is the market in a recession", "what's the weather like down under", "will robots take over factory jobs",
		// Batches 519-520: look-alikes.
		"I have a job interview at a bank tomorrow, how do I prepare?", "can I get hired as a software engineer without a degree",
		"would amazon hire me as a manager right away", "should I start lower at my new gym routine",
		"I want to brush up on my spanish", "walk me through becoming a pilot",
		// Batches 517-518: off topic near the domain, and look-alikes.
		"what's the job outlook for radiologic technologists", "how stressful is being a 911 dispatcher",
		"can I get a visa to work as a caregiver in canada", "which is harder, the people side or the money side of running a restaurant",
		"soft skills or technical skills for a software engineer, which matter more",
		// Batches 515-516: look-alikes.
		"I'm a nurse. How do I keep my license active?", "I'm a lawyer. Would I be taken seriously as a judge?",
		"would i be taken seriously at the gym", "is it too late to try this diet",
		// Batches 513-514: look-alikes.
		"how will ai change nursing", "is machine learning hard to learn", "what is artificial intelligence",
		"I'm a programmer with no medical background. How do I read my blood test?",
		"how would you explain what a nurse does to a high schooler", "someone in our discord wants to know the best pizza place in town",
		// Batches 509-512: off topic near the domain, and look-alikes.
		"what skills does a medical receptionist need", "what's the growth outlook for home health aides",
		"what does a healthcare recruiter earn in canada", "is a master's in public health worth it",
		"I love baking. How do I turn it into a real career?", "how can i start a youtube channel without experience",
		"I'm an assistant manager at a bank. My promotion never comes. Should I leave?",
		// Batches 506-508: look-alikes.
		"i need a lawyer for a practice manager", "we need a good accountant for our clinic",
		"I'm a dancer. How do I improve my leap?", "I'm a barista. Is the job bad for my back?",
		"I'm a chef. How do I get a raise at the job?", "I'm a nurse thinking of switching. Should I go to nursing school for my NP?",
		// Batch 505: look-alikes.
		"I'm a nurse. Do I know enough to be a charge nurse?", "I'm a chef. Do I know enough about knives?",
		// Batch 504: look-alikes of its rules.
		"who should lead the nursing team at a hospital", "does specialty affect pay for nurses",
		// Batch 503: off topic after a job-only opening; another job's school.
		"I'm a dental assistant. How long is dental hygiene school?", "how long is law school",
		// Batch 502: off topic near the domain, running one's own office.
		"what's the best way to fire an employee nicely", "what questions should i ask when hiring a nurse",
		"which billing company should my practice use", "how do i get my clinic accredited by the joint commission",
		"how do i start a career in healthcare it", "what are the hipaa rules for texting patients",
		// Batch 500: look-alikes of its rules.
		"remote part time jobs for students", "what do most people get for christmas",
		// Batch 499: look-alikes of its rules.
		"how do i spend most of my time wisely", "what's the typical office like in japan", "is college education expensive in the us",
		"how expensive is a car", "what's the national average salary for nurses",
		// Batch 498: look-alikes of its rules.
		"is clinical experience useful for nurses", "which skills would be useful for a software job", "is it realistic to buy a house in 3 years",
		// Batch 497: look-alikes of its background-first questions.
		"hotel manager here. my car got towed, how do i get it back", "nurse here, whats the pay like for nurses",
		"barista here, how do i make latte art", "what careers are there in public health", "is a public health degree worth it",
		"I'm a lab tech. How do I calibrate a centrifuge?", "I'm a plumber. How much should I charge per hour?",
		"I'm a dentist. How do I get more patients?", "I'm a pilot, do i need a new medical certificate",
		"I'm a cashier. How do I ask for a raise?", "I'm a nurse. How long is a nursing shift?",
		// Batch 494: off topic near the domain.
		"which hipaa training course is cheapest for my staff",
		// Batch 493: look-alikes of "where are the job hotspots".
		"what are the covid hotspots", "how do i know if a coding bootcamp is any good",
		// Batch 492: look-alikes of its long backgrounds.
		"we're switching to a new phone system at my restaurant and the staff are complaining, what should i do",
		"my kids' pediatrician's office is always running late, is that normal?",
		"my degrees are from there, will a university accept them for a phd",
		// Batch 491: a look-alike of "what skill of persons i need".
		"what skills do people need to be happy",
		// Batch 489: look-alikes of its background-first questions.
		"i'm a nurse, do i need a bachelors to be a nurse practitioner", "i want to work from home, what jobs are there for moms",
		"what's the culture difference between japan and the us", "what's the culture like in japan",
		"i want to work remotely as a nurse, is telehealth nursing a thing",
		"is being a chain store manager stressful",
		"what's the best EHR for a dermatology clinic", // a product for the asker's own clinic
		"how do I start my own medical billing company",
		"can i get fired for being late once",
		"I'm a programmer. Do I need clinical experience to date a nurse?",
		"I'm a bartender. Do I need healthcare experience to get health insurance?",
		"I'm a chef. Could I move into running a restaurant?",
		"I'm a waiter. My manager is leaving. How do I get considered for her job at the restaurant?",
		"I'm a programmer. Would my coding skills be valued at Google?",
		"I'm a lawyer thinking about management. What law school should I pick?",
		"Is a 401k rollover a smart move?",
		"I moved to Spain last year. Do I need to redo my driving test?",
		"what should i read on vacation",                                 // a reading tip, not the self-study step
		"job prospects for lawyers by 2030",                              // another job's growth, to a year
		"I'm planning a trip to Germany next summer. What should I see?", // one word of its own is too little to answer on
		"I'm a practice manager. Where can I find a good accountant for my taxes?",
		"what certifications do medical billers need", "what's the best way to reduce patient no-shows", "do hospital administrators need an MHA",
		"is canada a good place to retire",
		"I'm a medical assistant. What's the normal range for blood pressure?", // not the salary range
		"I'm an assistant practice manager. My apartment has mold. Who do I call?", "are nurses unionized", "how much do doctors make in other countries",
		"I love my coworkers. My car makes a grinding noise when I brake. What could it be?", // a grinding noise is no daily grind
		"how do i start an iv on a difficult patient", "any tips for finding veins",          // bedside work
		"how can an assistant manager save money for retirement", "which dog breeds are good with kids",
		"which colleges give the best financial aid",
		"any tips to survive a long commute",
		"My son wants a car. should i buy new or used",
		"how much do braces cost for adults", "what is 24/7",
		"My daughter has a fever. should i take her to urgent care?", "which dental insurance plan should i get for my kids",
		"I'm a clinic manager. Which universities have the best law programs?",
		"what are the penalties for breaking hipaa",
		"write me an attendance policy for my staff",
		"can you write a job posting for a medical assistant",
		"how do you calculate the collection rate",
		"I'm a medical coder. My bike got stolen last night. How do I get it back?", // the matter of the sentence before
		"I had a DUI in college. Will that stop me from getting hired at a clinic?",
		"can a felon be a practice manager",
		"I'm a receptionist. Someone called asking how much Tylenol their kid can have. What do I say?",
		"I'm a practice manager training for a half marathon. Any tips?",
		"I manage a clinic. How should we decorate for Christmas?",
		"I'm a practice manager. Which airline is best for a long flight?",
		"I'm a practice manager and the clinic's heater stopped working. Who do I call?",
		"I'm an assistant manager and a colleague keeps stealing my ideas. What should I do?",
		"I'm a nurse. How do I ask for a promotion at my hospital?",
		"I'm a practice manager. Should I buy crypto?",
		"I'm a clinic manager. Which streaming service has the best shows?",
		"I'm a practice manager about to take maternity leave. Will it hurt my promotion chances?",
		"I'm a health admin student. How do I pay off my student loans faster?",
		"What is a good patient-to-staff ratio in urgent care?",
		"I'm a practice manager. Which watch is best for tracking my workouts?",
		"I run a practice. Could you draft a termination letter for my biller?",
		"how do i become certified in medical billing",
		"I'm a practice manager and my car insurance is too expensive. How do I lower it?",
		"My boss expects us to work Sundays for free. Is that allowed?",
		"How do I get patients to pay their copays on time?",
		"help me find a job in a hospital",
		"I'm a practice manager. Is it better to buy or lease a car?",
		"As an aspiring practice manager, which credit card should I get?",
		"I'm a bookkeeper. How do I reconcile bank statements in QuickBooks?",
		"My boss told me to clean up our AR aging report. Could you help me with it?",
		"I'm a practice manager. How do I get my son into a good school?",
		"I manage a medical office and the copier keeps jamming. How do I fix it?",
		"Which is the best city of the world for to live?", // batch 389
		"what should i eat before my first job interview",  // batch 388
		"how do i renew my nursing license",
		"my husband wants to take up pottery classes, I'm a practice manager. any tips?", // batch 387
		"I'm a nurse. What's a good laptop for school?",
		"is hospital management a stable job",
		"how do i appeal a claim denial from aetna", // batch 385
		"how do we reduce employee turnover at our call center",
		"how do I code a flu shot injection",
		"What is the best EHR for a solo therapist private practice?",
		"How do I report a doctor to the medical board?",
		"best mobile phone for students",    // batch 383
		"my doctor wants me to lose weight", // batch 382: the asker's own doctor, as a patient
		"what skills do i need to be a flight attendant",
		"help me pass my anatomy exam", // batch 380: a student's exam, not the foundational knowledge
		"tips for my biology midterm",
		"I run a clinic in Ohio. Who's going to win the election?", // the role is who asks
		"please help me with my visa for study in USA",
		"what is the best phone in 2025?",
		"how can I send money to my family in Egypt?",
		"who is taylor swift", // not "tailor"
		"how long do residents work per week",
		"can i bring my dog to work at a vet clinic",
		"I'm a practice manager and my son wants to be a doctor. Which med school is best?",
		"interview questions to ask when hiring a medical assistant",
		"what is the salary of staff nurse in AIIMS?",
		"tips for ielts speaking",
		"what's the average age of practice managers",
		"what are the signs of burnout in nurses",
		"what is the best university of spain",
		"what is the formation of a hurricane",
		"how do i set up direct deposit",
		"what's the best way to commute in the city",
		"how to make my english better for work",
		"where i can buy cheap flight to usa",
		"how much cost living in new york", // the cost itself; "do salaries account for cost of living" is pay
		"Which is better, Epic or Cerner?", // which product; "should i learn epic or cerner" is the skill
		"How do I calculate overtime pay for hourly staff?",
		"I work at a clinic. Can you recommend a good standing desk?",
		"I want to be a pilot, what kind of job should I take first?",
		"what's the best EHR for a small practice", // a product to buy, not the skill
		"what is the CPC exam pass rate",
		"how long should i stay at my first job",
		"what is the best country for live with family",
		"My sister is a nurse and hates her manager. How do I get her to talk to HR?",
		"should i go to hr about my boss",
		"I'm a practice manager and my back hurts from sitting all day. Any stretches?", // the role is who asks
		"I'm a practice manager. Any stretches?",
		"what should i eat before a big exam", "what's the best nursing specialty for introverts",
		"how do i crunch numbers in excel faster",
		"how do i pass the cpc exam", "what degree do i need to be a nurse practitioner", "what's the best way to learn spanish for work",
		"do i need a license to be a medical interpreter",
		"can nurses make more money in other countries",
		"should i quit without another job lined up", "how do i get noticed by upper management", "is it bad to leave a job after 3 months",
		"what should i do if i get a job offer while waiting on another", "what to do when you hate your commute",
		"why are medical bills so expensive",
		"How do I get a work visa to teach English in Japan?", "How do I set up a home office for my accounting business?",
		"best apps to use while backpacking", "how do i book appointments at the dmv",
		"is it ok to lie about my current salary", "what do i do if i hate my coworkers", "how do i follow up after applying online",
		"how do i turn down a job offer politely", "what's the best time of day to apply for jobs", "how do i prepare for a background check",
		"how do i get a promotion when my boss doesn't like me", "what should i say in an exit interview",
		"how do i get certified as a nursing assistant", "what does a hospitalist do", "how much does a dermatologist make",
		"how do i get rid of a cold fast", "whats the best medicine for a cough",
		"how to tell my team about layoffs", "what decides how much a plumber makes", "what's opening up for nurses",
		"how do i explain an employment gap to a recruiter", "how do i answer why are you leaving in an interview",
		"how do i appeal a denied insurance claim", "can a clinic refuse to see me if i owe money", "how do i get a referral to a specialist",
		"what are the principal responsibilities of a school principal", "in which places do nurses work", "how to talk with many people at a party",
		"how do i manage my own stress", "how do i schedule my week better", "is finance a good career", "how do i recruit volunteers for a charity",
		"my parents fight all the time", "how do i calm down angry people", "I've been running my family's restaurant. What's the next move?",
		"what jobs are good for people who like people", "good networking events in nyc for tech",
		"how fast is the us economy growing", "what is the growth rate of china", "how many people work in healthcare in the us",
		"what is the scope of the project", "how do i handle work pressure at my call center job", "is my job permanent or temporary",
		"should i accept a counter offer", "is it ok to turn down a promotion", "how do i deal with a bad performance review",
		"is a bachelors enough to start a business", "how do i deal with my dad's big ego", "are nights and weekends required for retail jobs",
		"my epic login isn't working at work what do i do", "what does a high stress level do to your body", "how do i make a pivot table in excel",
		"what are the best universities in the uk", "how long should a cover letter be", "how to be more productive working from home",
		"what is the best state to be a nurse in", "how much did you win at the casino", "advantages and inconvenients of living in paris",
		"where can a nursing career go",
		"is it normal to not like your job", "how do i find remote data entry jobs", "what should i major in if i like helping people",
		"what do hospitals look for in volunteers", "is it normal to hate your job",
		"what do teachers do all day",
		"how do i become a better communicator with my wife", "how do i get my kid into a good college", "what is the stark law in physics",
		"what's a good team building activity for kids", "how to fix a slow computer",
		"how fast can you become a pilot",
		"how do i handle two job offers at once", "is it worth going back to school at 35", "how do i know which career is right for me",
		"how do i ask for a flexible schedule", "what's the best time of year to look for a job", "how to stand out in a group interview",
		"what is the scope of practice for nurses", "what's the syllabus for the bar exam", "can freshers apply for google",
		"how do i become a us citizen", "how does ai affect the job market in general", "what is six sigma black belt salary",
		"I got my teaching certificate. Will it help me get paid more?", "whats my next move in life",
		"how long does it take to learn excel", "how can i be more ethical in business", "is cash flow important for a lemonade stand",
		"what kind of people are good at chess", "i have 30 years old what is a good car", "what tendencies do you see in tech",
		"how much is a bachelor's in computer science", "what can i do with a degree in law",
		"why is healthcare so expensive in america", "are walk in clinics cheaper", "how do i change my address with my clinic",
		"how to make friends at a new job", "should i accept a higher paying job offer", "how do i keep motivated after so many rejections",
		"how do i negotiate hybrid work with my current employer", "what should i say in an interview if im shy",
		"is google a good company to work for", "how do i deal with an angry customer at the restaurant",
		"how do i cope with stress at work", "how do i balance work and school", "my family feels like a family lol what's the weather",
		"how do i get more hours at my part time job", "what jobs are good for introverts", "what are the best remote companies to work for",
		"how many sick days is normal per year", "how do i cope with a long commute", "what are the best cities for nurses to live in",
		"is healthcare admin a good major for pre med", "can i use my gi bill for a certificate program", "what's the work culture like in japan",
		"are there more people than jobs in tech", "best apps to use while backpacking", "how do i join an affinity group at google", "is the bill for dinner on you",
		"why would anyone want to live in ohio", "what happens to my 401k if the market tanks", "is now a good time to get into crypto",
		"how do i move from a small apartment to something bigger", "can i do my taxes from my laptop",
		"how to find balance between work and private life as a teacher", "what's the best phone carrier",
		"what possibilities to grow tomatoes indoors", "is hard the relation with my boss, what i do?", "opportunities to advance in the army",
		"is there demand for nurses in texas", "how to improve the relation with my manager", "what is the salary of middle class in spain",
		"what's a good salary for a single person in nyc", "how do visas work for international students in the us", "how long does a student visa last",
		"best workout plan for beginners", "what should i pack for a week in japan",
		"do you learn a bit of everything in culinary school", "is google chill or corporate", "my bus is always running late, what can i do",
		"How do I handle angry customers in retail?", "tips for dealing with rude clients at a bank",
		"how do i start investing with little money", "how long does a degree in nursing take",
		"does my landlord have to respect the laws on deposits", "how do i communicate well with my teenager", "in few words what is quantum physics",
		"the offer and the demand of houses in madrid", "what is artificial intelligence",
		"how do i book appointments at the dmv", "how did he go from assistant to director of sales", "will i have to talk to people at a call center",
		"is it worth learning to code in 2026", "whats the best budgeting app", "how do i organize my closet", "whats the growth rate of bamboo",
		"away in a manger lyrics", "is there a ceiling on how much I can contribute to my 401k",
		"will a new logo move the needle for my bakery", "who makes sure restaurants follow food safety laws", "can i run my etsy shop from abroad",
		"how can i afford college for my kids", "my son wants to pay for college himself. how do we help?",
		"what's rewarding about being a parent", "I'm stuck in a small office with no windows, how do I get more light",
		"What are the career levels in accounting?", "what are the ranks in the military",
		"i want first some job as assistant in a law firm", "how much gain weight is normal in pregnancy", "where can i look for vacancies at google",
		"which competences need a software engineer", "the licenciatura in law is how many years?",
		"sell me on this car", "is there racism in the police", "how do old bands stay relevant", "do you stock supplies for camping",
		"is it harder to find work as an actor these days", "who wrote pride and prejudice", "where do i buy medical supplies for home",
		"I'm studying healthcare administration. Who won the world cup in 2018?", "I work at a clinic front desk. Is it safe to swim after eating?",
		"I'm a medical receptionist. How do I knit a scarf for beginners?", "where do we go from here with my garden?", "Do my vacation days carry over?",
		"how to make quick decisions when buying a car", "how do i crunch numbers in excel faster", "the it guy at my office is rude",
		"I want to lose 20 pounds before summer. What diet works best?", "We're buying our first house. How much should we save for a down payment?",
		"My daughter wants to be a nurse. What grades does she need for nursing school?", "Our clinic's coffee machine broke. Who do I call to fix it?",
		"My mom is in the hospital. How do I talk to her doctors about her care plan?",
		"learning lean for the gym", "how much it costs to fly to paris", "my career as a dancer unfolded slowly",
		"cheap ways to learn guitar", "free ways to learn spanish",
		"what dose of ibuprofen should i take", "wich phone is best", "i got hird at walmart",
		"what to do on weekends", "best weekend trips from boston", "does my vote actually matter", "is a safe job for teachers good",
		"my sister breathing down my neck", "does it matter which phone i buy", "is it normal to be tired all the time",
		"what's the best note taking app", "can i bring my kid to work", "why is my paycheck smaller this month",
		"what's on the agenda for the meeting", "the lean method for weight loss", "can i grow tomatoes in this field",
		"where can i buy gloves for winter", "are there more jobs for engineers in big cities", "what does the price of gas depend on",
		"Is it safe to travel to Mexico right now?", "is it safe to go to canada", "nomad tribes of mongolia",
		"so much to learn for the driving test", "my kids fight over new toys",
		"how many time zones are in the us", "new specialties in dentistry", "how many time it take to bake a cake",
		"how do I start my own cleaning business", "what does a healthcare recruiter do", "what soft skills do call center agents need",
		"what are the pros and cons of being a travel nurse", "how do I become a hospital volunteer",
		"lol who broke the build", "whats a good podcast for my commute", "how do nurses deal with night shifts",
		"is working from home making me lazy", "which areas of medicine are growing", "is my puppy growing fast",
		"how to check stock prices", "are there many women leaders in politics", "where i can buy cheap shoes",
		"where can I take a first aid course", "how to manage inventory for my etsy shop",
		"what is revenue cycle management in hotels", "what are the best budgeting tips for families",
		"what's the growth outlook for the solar industry", "how much do doctors make in other countries",
		"can nurses make more money in other countries", "can i switch to something else for dinner",
		"how do i get better at talking to people", "best ar glasses for gaming", "inventory mgmt software for restaurants",
		"how many nurses work in the us", "who handles my taxes", "are gas prices stable",
		"does location matter for getting a job in tech",
		"how many hours a week do nurses work", "can a nurse become a doctor", "is rural life easier",
		"how do i negotiate a car offer", "is the stock market diverse", "which cert looks best on a resume for a nurse",
		"how do i become a better public speaker", "how long should i boil pasta", "how do i find a good doctor",
		"what's the best ehr for a patient to use",
		"what metrics do marketing managers track", "how do i read a credit report",
		"our members keep asking about parking", "who is to blame if my startup fails",
		"does retail management experience help for a store manager job",
		"best pediatric clinic near me", "the it guy at my office is rude", "where do i buy medical supplies for home",
		"where does the census data come from", "why do people quit smoking", "what isn't part of a lawyer's job",
		"jobs like this for teachers", "reasons not to buy a house", "how long does it take to get a passport",
		"why are wait times at disney so long", "do international companies hire remote engineers",
		"i'm good with numbers, should i be an accountant", "is spanish easy to learn",
		"what visa do i need to visit japan", "do i need a license to drive in canada", "what's revenue for apple this year",
		"do nurses make more in california", "can i become a pilot in 18 months",
		"thank you! one more: whats the tallest building", "real talk, is the new iphone worth the money",
		"how many people live in canada", "hello! i was wondering if you could tell me a fun fact. thanks so much!",
		"do firefighters get on-call duties", "how much should i ask for in my first software job offer",
		"can i learn to code on the job", "how do i show leadership in my soccer team",
		"WHAT TIME IS IT", "is 45 too old to have a baby", "work from home jobs that pay well",
		"practice makes perfect, right?", "plenty of jobs in retail right now?", "my cv needs to stand out for a teaching job",
		"who do pilots work with", "how do i get better at excel formulas for my finance class",
		"how is technology changing the car industry",
		"is google hiring women engineers", "any recs for a good thai restaurant", "does the army recruit veterans again",
		"two of my coworkers at the restaurant keep fighting, what do I do", "what level should I apply for in the army",
		"I'm a single mom, how do I manage my kids' schedules?", "I failed my driving test. any tips for next time?",
		"can a nurse work from home", "why are hospital bills so expensive", "what's the difference between medicare and medicaid",
		"best certifications for IT support", "how do I deal with stress before exams", "what is hipaa's penalty for my doctor leaking my records",
		"can my employer make me work overtime without pay", "what's the best way to manage my time as a student",
		"how many time it take to bake a cake", "I'm not from the medical field, can you explain what a CT scan is",
		"are nurses well paid", "how do I solve problems with my wifi", "what is artificial intelligence", "how does chatgpt work",
		"what does a health insurance broker earn", "what is lean manufacturing", "what degree do I need for public health",
		"do I need a license to drive a boat", "do i need a license to sell food from home",
		"how tall is a ladder", "ladder safety tips", "what's the deal with my landlord raising rent",
		"how do I prepare for a tax audit", "how do I build a good reputation on ebay", "my parents blame me for their money problems",
		"will I regret going into debt for a car", "is disney world family friendly", "how do I complain about my neighbor",
		"I'm terrible with computers, how do I learn to type faster", "how do i complain about a nurse",
		"what skills do I need to be a good parent", "how do I deal with a difficult coworker at the bank",
		"how many hours a week should I study for the bar exam", "how to budget for a vacation", "how do I resign from my job politely",
		"what does a dental practice manager do", "how do I become a veterinary practice manager",
		"how do I get into hospital administration", "best certifications for medical coders",
		"what certification should I get for cybersecurity",
		"who is the president of the united states", "is this channel for practice managers only?",
		"what language do they speak in brazil", "what currency does germany use", "is singapore expensive to visit",
		"what's the healthcare system like in canada", "what jobs are in demand in australia",
		"which country's healthcare system pays doctors the most", "is the us healthcare system better than the uk's",
		"how much does a social worker make", "is being a case manager stressful", "how much does a health coach make",
		"is being a translator stressful", "how much does a nurse manager make",
		"is my credit card balance transferable?", "is my gym membership transferable?",
		"what does a lab tech do", "how much do pharmacy techs make", "how do i calm my baby down",
		"is there a dark side to social media", "how to manage a clinic's social media",
		"I'm a chef, is that relevant for opening a food truck?", "I want to get into management at amazon",
		"I like variety in my diet", "I'm leaving teaching for tech, any tips?",
		"what percentage of the population is left handed", "how do i get a remote customer service job",
		"what leadership style did lincoln have", "what do kids like least about school",
		"challenges of being a parent", "do moms have to wear many hats", "how do I get my kids to sleep",
		"what is bad of smoking", "what is good of yoga", "my driver license from other country ok in usa?",
		"who sets salaries for nfl players", "how do i buy equipment for my home gym",
		"how important is osha training for construction workers", "how do i prove i'm ready to adopt a dog",
		"what percent growth did the stock market have this year", "is canada a good place to retire",
		"good movie or no", "future of electric cars", "where do i start with budgeting my own money",
		"how do I brush up on my spanish", "do rural teachers get paid less", "is coffee the same everywhere in the world",
		"what are benefits like for teachers in other countries", "what do most people not know about sharks",
		"how many teachers are hired each year", "is a hospital administrator a stressful job",
		"what's the main duty of a police officer",
		"is it hard to get hired at google", "is AI a threat to artists", "will robots eliminate truck drivers",
		"does my phone plan transfer", "is the language barrier in paris bad for tourists",
		"is grad school worth it for psychology", "what's my next move in chess", "can you train me to run a marathon",
		"what books do you recommend for a beach vacation", "what age do kids start kindergarten",
		"what's health tech stock doing today", "how do i get leadership experience in the army",
		"how do I explain bitcoin to my parents", "how much power does a microwave use", "can the president veto a law",
		"how to plan a surprise party", "I worked at a law firm for 5 years, how do I become a paralegal",
		"give me the good and the bad of living in florida", "what are the pros and cons of electric cars",
		"is a 401k better than an IRA", "how to make 100k a year from home", "are restaurants struggling to hire cooks",
		"is it too late to learn piano at 40", "I hate conflict with my sister, what should I do?",
		"are nurses getting paid more lately", "is there a lot of change in the stock market today",
		"what's the best way to learn spanish",
		"how do i fire a nanny politely", "how do i start a cleaning business",
		"why do people quit smoking", "what's a good place to get brunch", "can i teach myself guitar",
		"who is responsible for money in a marriage", "what do patient advocates do",
		"how do I become a patient care technician", "what labor laws protect warehouse workers",
		"is telemedicine covered by medicare", "how much does a master's in computer science cost",
		"whats hot in fashion right now", "best niche perfume brands", "is blackrock buying up houses",
		"are bank mergers good for customers", "which type of yoga practice is best for beginners",
		"how much does it cost to rent my own office for therapy sessions", "is my pto transferable to my new job",
		"what certifications do IT help desk people need", "how do i get my PMP", "what do medical assistants do",
		"what are good questions to ask on a first date", "how do I convert USD to GBP",
		"my english is not so good, which app helps learn it", "how do I report my boss to HR",
		"how long should I practice piano each day", "what's the best budgeting app for couples",
		"my doctor's office lost my records, what do I do", "how to apply for a uk student visa",
		"who won the super bowl", "how much does a plumber make", "how do I become a pilot",
		"the meaning of life", "qwertyuiop", "what", "the", "what's the best streaming service",
		"salary of a nurse practitioner", "how much does a dentist make", "dress code?",
		"can you help me with my taxes", "does the job involve marketing", "do certifications expire",
		"what's 15 times 23", "a cover letter for a teaching job", "how do i become a nurse",
		// a general adjective that makes a guide noun another subject
		"explain the nervous system", "how does the electoral system work", "what is the digestive system",
		"how much do doctors make", "best budgeting app for personal finance", "what's trending on tiktok",
		"how much does a regional director of sales make",
		"My doctor prescribed antibiotics but I feel worse. What should I do?",
		"requirements for a real estate license", "how do i learn excel formulas",
		"what's the salary of a nurse manager", "can you recommend a pediatrician",
	} {
		if ms := search(t, q); len(ms) != 0 {
			t.Errorf("%q: answered %v, want abstention", q, ms)
		}
	}
}

func TestKinds(t *testing.T) {
	ms := search(t, "remote", knowledge.KindFAQ)
	if len(ms) == 0 {
		t.Fatal("no FAQ about remote work")
	}
	for _, m := range ms {
		if ids[m.ID].Kind != knowledge.KindFAQ {
			t.Errorf("kind filter let through %s", m.ID)
		}
	}
}

func TestTypoCorrection(t *testing.T) {
	ix := testIndex(t)
	for in, want := range map[string]string{
		"salery":          "salary",
		"certifcation":    "certification",
		"managment":       "management",
		"bread":           "bread", // an English word, not a typo of "break"
		"york":            "york",  // too short to guess
		"xyzzyplugh":      "xyzzyplugh",
		"resolushun":      "resolution", // a long non-word may be three letters off
		"responsibilites": "responsibilities",
		"sertification":   "certification", // "s" for "c" in a long word
		"sareer":          "sareer",        // but not in a short one
	} {
		if got := ix.vocab.correct(in); got != want {
			t.Errorf("correct(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWordLists(t *testing.T) {
	for w, want := range map[string]bool{"bread": true, "salary": true, "zzzq": false, "": false} {
		if isEnglish(w) != want {
			t.Errorf("isEnglish(%q) = %v", w, !want)
		}
	}
	for w, want := range map[string]bool{"quickly": true, "able": true, "switching": true, "pizza": false, "weather": false} {
		if general.has(w) != want {
			t.Errorf("general.has(%q) = %v", w, !want)
		}
	}
}

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"salary senior", `"remote`, "*", "😀", "a:b", strings.Repeat("(", 100)} {
		f.Add(s)
	}
	ix := testIndex(f)
	f.Fuzz(func(t *testing.T, q string) {
		ms, err := ix.Search(context.Background(), q, 3)
		if errors.Is(err, knowledge.ErrOffTopic) {
			if len(ms) != 0 {
				t.Errorf("Search(%q): off topic, yet %d matches", q, len(ms))
			}
			return // another job or subject, said so: the contract
		}
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if len(ms) > 3 {
			t.Errorf("%d matches for limit 3", len(ms))
		}
	})
}

// "RN" is both a nurse and "right now": which one decides whether the question is
// about a clinical background at all.
func TestRNIsANurseOnlyAfterAnArticle(t *testing.T) {
	ix := testIndex(t)
	for _, tc := range []struct {
		q        string
		clinical bool
	}{
		{"im an rn, can i become a practice manager", true},
		{"as an RN do I need a degree", true},
		{"whats the job market like rn", false},
		{"is it hard to get hired rn?", false},
	} {
		t.Run(tc.q, func(t *testing.T) {
			var got []string
			for _, tm := range ix.prepare(tc.q) {
				got = append(got, tm.text)
			}
			if slices.Contains(got, "clinic") != tc.clinical || slices.Contains(got, "rn") {
				t.Errorf("terms %v: want clinical=%v and no bare rn", got, tc.clinical)
			}
		})
	}
}

func TestMisspeltFillerIsFiller(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{"certifcation reccomendations", "certification recommendations"} {
		var got []string
		for _, tm := range ix.prepare(q) {
			got = append(got, tm.text)
		}
		if !slices.Equal(got, []string{"certif"}) {
			t.Errorf("%q: terms %v, want only the certification", q, got)
		}
	}
}

// TestHeadingOnlyInGuideOrder: a question that names only a heading many passages share
// ("cons?") ranks them as the guide does, not shortest first; a question with a word of
// one passage's own still ranks that passage first.
func TestHeadingOnlyInGuideOrder(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{"cons", "what are the pros of this job", "technical skills?", "the worst part of the job"} {
		t.Run(q, func(t *testing.T) {
			ms, err := ix.Search(context.Background(), q, 10)
			if err != nil || len(ms) < 3 {
				t.Fatalf("Search(%q) = %v, %v; want several passages", q, ms, err)
			}
			section := ids[ms[0].ID].Section
			last := -1
			for _, m := range ms {
				if ids[m.ID].Section != section {
					continue
				}
				if ix.order[m.ID] < last {
					t.Errorf("Search(%q) ranks %s after a later passage of %q: %v", q, m.ID, section, ms)
				}
				last = ix.order[m.ID]
			}
		})
	}
	ms := search(t, "what are the cons around technology")
	if len(ms) == 0 || !strings.Contains(strings.ToLower(ids[ms[0].ID].Text), "technolog") {
		t.Errorf("a word of one passage's own should rank it first: %v", ms)
	}
}

func TestSplitContext(t *testing.T) {
	for _, tc := range []struct {
		in, before, question string
		ok                   bool
	}{
		{"how much do they make?", "", "", false},
		{"i work in billing. how do i move up?", "i work in billing.", "how do i move up?", true},
		{"i'm a nurse! could i do this? thanks", "i'm a nurse!", "could i do this? thanks", true},
		// What the asker says of themselves after the question is background too;
		// anything else goes on with the question.
		{"what cert should i get? i'm a billing lead.", "i'm a billing lead.", "what cert should i get?", true},
		{"can i work remotely? my husband is in the military. we move a lot.", "my husband is in the military. we move a lot.", "can i work remotely?", true},
		{"this work gives sense to the life? helping the patients", "", "", false},
		{"i'm a nurse\nwhat would i earn", "i'm a nurse", "what would i earn", true},
		{"salary 1.5 years", "", "", false},
		// The asker says where the question starts, inside one sentence.
		{"i supervise the front desk and i'm curious about the hours", "i supervise the front desk", " the hours", true},
		{"hi. i was a nurse for years, i'd like to know the pay", "hi. i was a nurse for years,", " the pay", true},
		{"i'm wondering about the pay", "", "", false}, // nothing before it
	} {
		before, question, ok := splitContext(tc.in)
		if before != tc.before || question != tc.question || ok != tc.ok {
			t.Errorf("splitContext(%q) = %q, %q, %v; want %q, %q, %v", tc.in, before, question, ok, tc.before, tc.question, tc.ok)
		}
	}
}

// TestContextCountsLess: what someone says about themselves before asking sets the
// scene; the question itself says what to answer.
func TestContextCountsLess(t *testing.T) {
	for _, tc := range []struct{ q, want, not string }{
		{"I love working from home. What certification should I get?", "faq/education", "faq/remote"},
		{"I work in medical billing right now. How can I move up into managing the whole office?", "", "faq/remote"},
	} {
		ms := search(t, tc.q)
		if len(ms) == 0 || tc.want != "" && ms[0].ID != tc.want || ms[0].ID == tc.not {
			t.Errorf("%q: got %v, want %q first and not %q", tc.q, ms, tc.want, tc.not)
		}
	}
}

// TestRuleWordsCountAsOne: the words a phrasing rule spells a phrase out in ("in
// japan": "international asia pacific") count as one word of the asker's, so they
// don't outweigh a word the guide never uses ("food"). A word beside the phrase the
// rule read ("boring af") is the rule's, and a question that names the role is ours.
func TestRuleWordsCountAsOne(t *testing.T) {
	for _, tc := range []struct {
		q      string
		answer bool
	}{
		{"best food to try in japan", false},
		{"what's the diff between a roth ira and a 401k", false},
		{"im a medical assistant, can i get vaccinated at work", false},
		{"what are the working conditions in amazon warehouses", false},
		{"salary in japan", true},
		{"is it boring af", true},
		{"is this a fulfilling vocation", true},
		{"can i get stuck in one place", true},
		{"how long till i make 100k", true},
		{"im bad at juggling a million things, dealbreaker?", true},
		{"can i work as a practice manager in singapore", true},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := len(search(t, tc.q)) > 0; got != tc.answer {
				t.Errorf("answered %v, want %v", got, tc.answer)
			}
		})
	}
}

func TestRuleGroups(t *testing.T) {
	for _, tc := range []struct {
		asked, rewritten string
		want             []int
	}{
		{"best food in japan", "best food in international asia pacific", []int{0, 0, 0, 4, 4, 4}},
		{"salary", "salary", []int{0}},
		{"is it boring af", "is it diverse skill af", []int{0, 0, 3, 3, 0}},
		{"x y", "a x b y c", []int{1, 0, 3, 0, 5}},
	} {
		t.Run(tc.asked, func(t *testing.T) {
			if got := ruleGroups(tc.asked, splitWords(tc.rewritten)); !slices.Equal(got, tc.want) {
				t.Errorf("ruleGroups(%q, %q) = %v, want %v", tc.asked, tc.rewritten, got, tc.want)
			}
		})
	}
}

// TestNiches: passages written for some askers (working abroad; diversity and
// inclusion) answer their questions, and yield to the rest for everyone else's.
func TestNiches(t *testing.T) {
	for _, tc := range []struct{ q, group string }{
		{"networking tips", ""},
		{"is there mentorship for underrepresented groups", "Diversity"},
		{"are hiring processes fair", "Diversity"},
		{"visa for the uk", "Global"},
		{"how do i find a mentor", ""},
	} {
		ms := search(t, tc.q)
		if len(ms) == 0 {
			t.Errorf("%q: no answer", tc.q)
			continue
		}
		got := ids[ms[0].ID].Group
		if tc.group == "" && (strings.Contains(got, "Diversity") || strings.Contains(got, "Global")) ||
			tc.group != "" && !strings.Contains(got, tc.group) {
			t.Errorf("%q: first answer %s is under %q, want %q", tc.q, ms[0].ID, got, tc.group)
		}
	}
}

// TestOffTopicIsSaid: a question about another job or subject is said to be one, so
// the bot's own intents don't answer it from a shared word ("salary of a physician
// assistant" is not our Assistant level); the same words about our role are ours.
func TestOffTopicIsSaid(t *testing.T) {
	ix := testIndex(t)
	for _, tc := range []struct {
		q   string
		off bool
	}{
		{"salary of a physician assistant", true},
		{"i need a doctors note for work", true},
		{"my practice manager is rude, what do I do", true},
		{"how much does a medical assistant make", true},
		{"Tell me about being a nurse", true},
		{"where is the nearest hospital", true},
		{"what's the salary of a clinic nurse", true},
		{"what do radiology techs earn", true},
		{"what is a good bedside manner", true},
		{"how do I file a complaint against my doctor", true},
		{"what's the best hospital in the US", true},
		{"how long is the wait at the ER", true},
		{"how do I become a school principal", true},
		{"how much do property managers make", true},
		{"what is the best medical drama on tv", true},
		{"I'm a nurse, could I become a practice manager?", false},
		{"do you like your job", true},
		{"describe the legal system in the uk", true},
		{"how does social security work", true},
		{"what is the average salary for nurses in the uk", true},
		{"what certifications do nurses need", true},
		{"what is the job outlook for nurses", true},
		{"what are the pros and cons of nursing", true},
		{"what do dental assistants earn", true},
		{"what's the best health insurance plan", true},
		{"how do i manage a remote software team", true},
		{"explain compound interest", true},
		{"is this a good career for nurses", false},
		{"how much does a veterinary practice manager make", true},
		{"how do I start a law practice", true},
		{"what is practice management software for lawyers", true},
		{"what does a health information manager do", true},
		{"how much does a medical billing specialist make", true},
		{"can you give me medical advice about my back pain", true},
		{"what is the pay for travel nurses in california", true},
		{"what are the best remote jobs", true},
		{"what certification do i need to be a personal trainer", true},
		{"I'm a billing specialist, how do I move up", false},
		{"how much do HR managers make", true},
		{"how do I get into finance", true},
		{"what is a medical director", true},
		{"how do I become a clinical research coordinator", true},
		{"where can I donate blood", true},
		{"how do I get health insurance as a freelancer", true},
		{"from retail manager to practice manager - possible?", false},
		{"balance transfer", true},
		{"what should I wear to a job interview", true},
		{"whats the best way to make money online", true},
		{"is epic systems a good company to work for", true},
		{"how to be a good nurse", true},
		{"how do I manage stress at home", true},
		{"how do I manage a small business", true},
		{"what is practice management in law firms", true},
		{"how do I practice for a job interview at google", true},
		{"how long is the wait to see a specialist", true},
		{"what are the requirements for a nursing license", true},
		{"how do managers handle stress", false},
		{"do i need a license to manage a practice abroad", false},
		{"tips for nursing students", true},
		{"how do I become a practice owner doctor", true},
		{"can you explain how insurance deductibles work", true},
		{"how do I file a workers comp claim", true},
		{"how to be a good practice manager", false},
		{"what skills does a receptionist need", true},
		{"what is the best nursing certification", true},
		{"what degree do i need to be a physician assistant", true},
		{"how to manage a nursing unit", true},
		{"how do i become a certified nursing assistant", true},
		{"do i have to be a nurse first", false},
		{"which ehr should i learn, epic or cerner", false},
		{"whats ur opinion on politics", true},
		{"how political is it", false},
		{"best paying jobs without a degree", true},
		{"how do i switch careers into tech", true},
		{"how do i become a project coordinator", true},
		{"what does a hospital receptionist earn", true},
		{"how do i manage my money better", true},
		{"how many hours should a teenager work", true},
		{"what is the retirement age", true},
		{"how do i get a job in canada as a nurse", true},
		{"how do i become a practice manager as a nurse", false},
		{"how long is a pharmacy degree", true},
		{"how do I find a primary care doctor", true},
		{"what is hipaa in simple terms for patients", true},
		{"how stressful is being a nurse", true},
		{"what's the job outlook for physical therapists", true},
		{"how do hospitals bill insurance", true},
		{"can I sue my doctor", true},
		{"do practice managers deal with lawsuits", false},
		{"how do I fix my printer", true},
		{"how do I get a driver's license", true},
		{"do practice managers fix computers", false},
		{"how do I report a HIPAA violation at my clinic", true},
		{"what's the best sleep schedule", true},
		{"how to be a better manager at a call center", true},
		{"what's a good certification for cybersecurity", true},
		{"what do you need to know about cybersecurity", false},
		{"what does a scrub tech do", true},
		{"how much vacation do nurses get", true},
		{"do nurses make good practice managers", false},
		{"What's the best way to invest my salary?", true},
		{"travel tips", true},
		{"remote jobs for students", true},
		{"hospital jobs near me", true},
		{"healthcare news", true},
		{"does the job involve travel", false},
		{"could I manage a dental practice with these skills", false},
		{"is practice management a good career for nurses", false},
		{"what is the ehr system", false},
		{"Describe the solar system", true}, // "solar" is a general word, "system" the guide's
		{"how can i afford school", true},
		{"How much do medical scribes earn?", true},
		{"how do i become a hospital nurse", true},
		{"what's the best city to live in", true},
		{"what are the best nursing home management jobs", true},
		{"how many medical practices are there in the us", true},
		{"is the economy going into a recession", true},
		{"is this job recession proof", false},
		{"how much does it cost to start a medical practice", true},
		{"how does medicare reimbursement work for physicians", true},
		{"how do I deal with my toxic mother in law", true},
		{"how to learn spanish fast", true},
		{"do I need to learn german to work in germany", false},
		{"what's a good side hustle for nurses", true},
		{"can i do this as a side hustle", false},
		{"do practice managers earn more than nurses", false},
		{"how much do dental office managers make", true},
		{"what's the salary of a hospital administrator", true},
		{"how do I schedule a doctor's appointment", true},
		{"how much does a registered nurse make", true},
		{"what's the minimum wage in california", true},
		{"are you a robot", true},
		{"how do i become an office manager at a law firm", true},
		{"can i sue my doctor for malpractice", true},
		{"how do i quit my job nicely", true},
		{"I hate my job as a nurse, could I become a practice manager?", false},
		{"is nursing a good career", true},
		{"what does a hospital administrator earn", true},
		{"how do i get a visa to study in canada", true},
		{"what is the median household income in the us", true},
		{"what's the difference between an lpn and an rn", true},
		{"can I get a work visa for the uk as a practice manager", false},
		{"what's the salary of a data analyst", true},
		{"how many vacation days do americans get", true},
		{"what is medicare", true},
		{"do practice managers deal with medicare billing", false},
		{"how many vacation days do practice managers get", false},
		{"mpm vs nurse pay", false},
		{"which national occupational classification code is this role in canada", false},
		{"best places to travel in europe", true},
		{"how much does an assistant practice manager make", false},
		{"do practice managers earn more than nurses", false},
		{"can I travel for work as a practice manager", false},
	} {
		_, err := ix.Search(context.Background(), tc.q, 3)
		if off := errors.Is(err, knowledge.ErrOffTopic); off != tc.off {
			t.Errorf("%q: off topic = %v (err %v), want %v", tc.q, off, err, tc.off)
		}
	}
}
