package bot_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/mpmcoach/mpmcoach/bot"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	sharedOnce  sync.Once
	sharedCoach *bot.Coach
)

// coach is built once per test binary: the index is read-only and safe to share.
func coach(t testing.TB) *bot.Coach {
	sharedOnce.Do(func() { sharedCoach = newCoach(t) })
	return sharedCoach
}

func ask(t testing.TB, text string) bot.Reply {
	t.Helper()
	return coach(t).Answer(context.Background(), bot.Request{Text: text, Platform: "test"})
}

func firstID(r bot.Reply) string {
	if len(r.Answers) == 0 {
		return ""
	}
	return r.Answers[0].ID
}

func TestGrammar(t *testing.T) {
	tests := []struct {
		text, command, first string
	}{
		{"salary senior", "salary", "salary/senior"},
		// Batch 669: an average shift is a typical day, not the average pay; what's on
		// the plate of someone over several locations is the Regional level's role.
		{"walk me thru an average shift for a clinic manager", "question", "responsibilities/1|what-is/p1"},
		{"someone overseeing several locations - what's on their plate", "question", "path/regional"},
		// Batch 664: pay told before asking whether moving up or out is realistic is no
		// pay question; AI's effect asked after a level held is search's.
		{"I've managed the same practice for 9 years and the pay has been flat. Is moving up to regional realistic or should I look at something outside practice management?", "question", "path/regional|cons/6|faq/career-growth|pros/7"},
		{"Everyone says AI will automate billing. I'm 3 years into being an assistant manager. Should I be worried?", "question", "trends/p1|opportunities/p2"},
		{"I read that AI is going to automate scheduling and billing. I'm 3 years into being an assistant manager. Is there a way to position myself for it?", "question", "trends/p1|opportunities/p2"},
		// Batch 662: mistakes new practice managers make are no pay question.
		{"whats the biggest mistake new practice managers make", "question", "faq/challenges|cons/5|cons/2|soft-skills/3"},
		// Batch 658: "the regional practice manager level" is the regional level, not
		// the Manager level's ("practice manager level").
		{"My client manages a region for a retail chain. Would that map to the regional practice manager level or lower?", "question", "path/regional"},
		// Batch 657: chat slang: "mid" as so-so is no level; "how many quid" asks the pay.
		{"the pay lowkey mid or nah", "question", "faq/salary|facts/median-salary"},
		{"how many quid do practice managers pull in over in britain", "question", "country/uk"},
		// Batch 655: long messages: "what do UK practice managers typically make" asks
		// the UK's pay; groups or mentors asked for after a level held are the groups,
		// not the level.
		{"I moved to the UK from Nigeria last year. What do UK practice managers typically make, and would my degree be accepted?", "question", "country/uk"},
		{"I'm Black and I've been an assistant manager for three years. I keep getting passed up. Are there mentors for people like me?", "question", "dei-resources/p1"},
		// Batch 652: "a practice manager offer at 75k in Ohio" is weighed against the
		// Manager level, as an offer "as a practice manager" is.
		{"my client got a practice manager offer at 75k in Ohio. is that a fair number?", "question", "salary/manager"},
		// Batch 650: long messages: the level one would come in at is the level, not its
		// pay; a job offer in a city is where the asker goes; whether managers are
		// expected to know a thing is the thing, not the level held; "my director
		// keeps telling me" is a person.
		{"I'm an operations manager at a physical therapy chain (4 clinics), been doing it 6 years. I want to move into medical practices because the pay ceiling is higher. Would I come in at regional level since I already run multiple sites, or would they make me start lower?", "question", "path/regional"},
		{"Writing from Germany. I work as a Praxismanagerin at an orthopedic practice, about 50k euro a year. My husband got an offer in Sydney. I have no idea if my experience counts there or what I'd earn. Can you help?", "question", "country/australia"},
		{"Our practice just brought in a consultant who says we need to run 'lean' and cut waste. I'm the assistant manager and I'm supposed to help lead it but honestly I don't know what lean even means in a clinic. Is that something practice managers are expected to know?", "question", "technical-skills/10"},
		{"My director keeps telling me I need to think about 'value-based care' if I want to move up. I manage a primary care practice. I kind of get what it means but what does it actually change about my job?", "question", "salary-outlook/p3|trends/p1|qualifications/p3"},
		// Batch 645: "after how much time" is time, not the level after the one named.
		{"after how much time the manager can be regional one", "question", "path/regional"},
		{"after how many years senior", "question", "path/senior"},
		// Batch 644: "the 56k new jobs" counts jobs, not pay.
		{"the 56k new jobs, is that per year", "question", "market-commentary/p1|facts/openings"},
		// Batch 643: career coaches: what a level focuses on, asked to prepare for its
		// interview, is the level; being passed over is what advancement depends on,
		// not the level held or the two levels side by side.
		{"my client is interviewing for a senior practice manager position next week. what does that level actually focus on so she can prep?", "question", "path/senior"},
		{"how would you advise a client who's been an assistant manager for 4 years and keeps getting passed over?", "question", "career-path/p2|cons/6|career-path/p3"},
		{"i'm a senior manager and keep getting overlooked for regional. what am i doing wrong?", "question", "career-path/p2|cons/6|career-path/p3"},
		// Batch 642: long messages: pay told, then whether to stay or move on, asks
		// where advancing leads; "what do managers with my experience usually get" asks
		// pay, and "what's fair" for a raise is not bias.
		{"I've been an office manager at a small pediatric practice for 6 years. The owner doc is great but there's literally nowhere to go from here. I make 72k. Should I stay for the comfort or is it time to look at bigger groups?", "question", "cons/6"},
		{"Been running a 3-provider ortho clinic for 4 years, revenue is up, staff turnover is down, the docs love me. I want to ask for a raise but I don't know what's fair. What do practice managers with my kind of experience usually get?", "question", "faq/salary|salary/manager|salary/senior|salary-outlook/p3"},
		// Batch 641: examples of one's work to bring to an interview are the portfolio.
		{"should i bring examples of my work to the interview", "question", "steps/5"},
		// Batch 637: long messages: whether location is a big deal for pay asks what
		// pay depends on, not the US range; no opening above the asker is advancing by
		// moving, not the level held.
		{"I'm making 68k as a practice manager in a small town in Ohio. My friend in Columbus makes 85k doing the same thing. Is location really that big of a deal for pay?", "question", "salary-outlook/p1"},
		{"I've worked at the same clinic for 10 years, started at the front desk and now I'm the assistant manager. My manager isn't going anywhere. How do I get promoted if there's no opening?", "question", "cons/6"},
		// Batch 632: test writer: the toughest regulation is the regulations, not the
		// people one deals with.
		{"what's the toughest regulation to deal with", "question", "technical-skills/3"},
		// Batch 631: chat slang: the skills a new manager needs are no level's entry.
		{"skills u need to not flop as a new mgr", "question", "soft-skills/1"},
		{"what should a new manager focus on", "question", "path/assistant"},
		// Batch 628: career coaches: age discrimination when applying is the blind
		// resume reviews; the skills a manager from another field should highlight.
		{"my client is 58 and worried about age discrimination when applying. does the guide cover that?", "question", "inclusive-hiring/p2"},
		{"which skills should my client highlight if she's coming from hospitality management?", "question", "soft-skills/1"},
		// Batch 627: long messages: two offers with their pay told, weighed long term,
		// ask where each leads, not the level's pay.
		{"I have two offers: assistant practice manager at 65k or office manager at 72k. Which one is better long term?", "question", "cons/6"},
		{"Two offers, assistant practice manager at 65k or office manager at 72k. Which one pays better long term?", "question", "salary/assistant"},
		// Batch 623: second language: "the study needed" is the education.
		{"which is the study needed for work as medical practice manager", "question", "faq/education"},
		// Batch 622: long backgrounds: years in the story, not the question, are no
		// level; experience that may not carry over is no pay question.
		{"I'm a paramedic with 8 years on the truck and I'm ready for a desk job. I have no degree. What's the minimum education I'd need to manage a clinic?", "question", "faq/education"},
		{"I was a practice manager in the UK for 6 years and just moved to the US. Will my experience transfer or do I have to start over?", "question", "how-to-become/p1"},
		// Batch 620: long messages: the level the question names, not the one held;
		// what pay depends on is no level's figure; money tight is no pay question.
		{"I've been an assistant manager for two years. What does the manager level involve?", "question", "path/manager"},
		{"I have 8 years experience. Does location affect my salary much?", "question", "salary-outlook/p1"},
		{"My mentor told me that joining MGMA was the single best thing she did for her career. I'm early in my career and money is tight. Are professional associations really worth it?", "question", "steps/4"},
		// Batch 616: long backgrounds: the title above the front desk is the first
		// level's; the one above a practice manager's, the Senior level.
		{"I run the front desk at a pediatric office. What's the next title up from where I am?", "question", "path/assistant"},
		{"im a practice manager, whats the next position up", "question", "path/senior"},
		// Batch 609: long backgrounds: skipping the first level after another job.
		{"I have an MBA and I've been a hotel front office manager for 7 years. Could I skip the assistant level?", "question", "path/assistant"},
		// Batch 605: "how much time take" asks how long, not the pay.
		{"How much time take to become regional manager?", "question", "path/regional"},
		// Batch 604: long messages: the good parts after a hard story.
		{"My boss says this job is constant firefighting and she's always stressed. I'm her assistant. what are the good parts?", "question", "pros/1"},
		// Batch 602: career coaches: "should I push her toward practice management"
		// after what she wants, a counteroffer from her employer, what to highlight in
		// an interview, the skills to help clients develop.
		{"my client wants flexible hours. should I push her toward practice management?", "question", "faq/work-life-balance"},
		{"I got a counteroffer from my current employer, should I take it?", "question", "salary-outlook/p3"},
		{"what do I highlight in interviews for practice manager jobs", "question", "steps/5"},
		{"which soft skills should I help clients strengthen for this job?", "question", "soft-skills/1"},
		// Batch 600: long backgrounds: the title that would match running several
		// clinics, being overqualified, making the case for a raise where one works.
		{"I run operations for a chiropractic company with 4 clinics. If I move to a medical group, what title would match my experience?", "question", "path/regional"},
		{"I have a master's in public health and 8 years in research. Am I overqualified for this job?", "question", "qualifications/p2"},
		{"I'm a practice manager in Florida with 5 years of experience and my CMPE. My boss says there's no raise this year. How do I make the case for one?", "question", "salary-outlook/p3"},
		// Batch 598: a nationality said before asking to work in another country is a
		// question for the visas, not the software.
		{"I'm British. can I work as a practice manager in the US?", "question", "visas/p1"},
		// Batch 596: long messages: a business degree is no business of one's own,
		// "I'm working as" is background, "they sound the same to me" after the
		// question, worry about the work, what managers are expected to know, whether
		// the job will exist.
		{"I finished my business degree and I'm working as a receptionist at a clinic. what certification should I get to manage it someday?", "question", "faq/education"},
		{"what's the actual difference between a practice manager and an office manager at a doctor's office? they sound the same to me.", "question", "what-is/p1"},
		{"I'm shy and the thought of handling complaints all day makes me anxious. Is this the wrong job for me?", "question", "cons/3"},
		{"Is billing something managers are expected to know cold?", "question", "technical-skills/1"},
		{"will the role even exist by the time I finish my degree?", "question", "market-commentary/p1"},
		// Batch 595: second language: "must to learn", "for start ... from zero",
		// "change to manager of clinic" abroad.
		{"Which software we must to learn for this work?", "question", "tools/p1"},
		{"What are the steps for start this career from zero?", "question", "steps/1"},
		{"I am medical secretary in Brazil 6 years. I can change to manager of clinic in Canada?", "question", "visas/p2"},
		// Batch 593: what pushes pay up, asked from a state, is the factors, not the
		// country's range; a coach's "she" is the client asking about this career.
		{"I'm in Ohio, what drives pay up for practice managers?", "question", "salary-outlook/p1"},
		{"One of my clients is a nurse manager thinking about a move to the business side. What would she still need to build?", "question", "steps/3"},
		// "Can you give me something concrete?" asks what was said before; "what parts
		// of store management carry over" is the experience that transfers.
		{"what a practice manager does all day. can you give me something concrete?", "question", "what-is/p1"},
		{"I coach folks leaving retail. What parts of store management carry over?", "question", "how-to-become/p1"},
		// "What should I tell her?" after the client's question leaves it the question.
		{"A client of mine is an office coordinator wondering if she needs an MHA. What should I tell her?", "question", "qualifications/p2"},
		// Batch 590: years spent in another job before moving into the field don't
		// place the asker on the ladder: a newcomer's pay is the first level's.
		{"I've been a paramedic for 12 years. How much would I make if I switched to practice management?", "question", "salary/assistant"},
		// "or would I be starting from scratch" asks the first half again.
		{"I've been a vet tech for 6 years. Would my experience count, or would I be starting from scratch?", "question", "how-to-become/p1"},
		// Batch 587: a 30-60-90 day goal for one who just became a practice manager
		// is the Manager level's focus.
		{"What's a good 30-60-90 day goal for a client who just became a practice manager?", "question", "path/manager"},
		// Batch 586: what sets a practice apart from any other small business is
		// what-is/p1, not the hospital comparison (what-is/p2, the same section).
		{"Honest question from someone outside healthcare: what makes a medical practice different from any other small business to manage? I've managed a restaurant for 8 years.", "question", "what-is/p1"},
		// Batch 584: working in Germany without speaking German is the language
		// requirements (visas/p2), not the visa (visas/p1, the same section).
		{"Can I work as a practice manager in Germany without speaking German?", "question", "visas/p2"},
		// Batch 583: the practice paying for a manager's CMPE is a perk, not the new
		// manager's pay.
		{"We just hired a new practice manager and she wants the practice to pay for her CMPE. Is that a normal perk?", "question", "salary-outlook/p2"},
		// Batch 582: the years before asking for a raise are no level's.
		{"is it cringe to ask for a raise after 1 yr", "question", "salary-outlook/p3"},
		// Batch 581: the skills a development plan should cover are the skills to
		// build (steps/3), not the resume that shows them (steps/5, the same
		// section, so a bot row).
		{"I'm building a 6-month development plan for a client aiming at her first practice manager job. Which skills should the plan cover?", "question", "steps/3"},
		// Batch 579: "is it necessary" (or "is necessary", no "it") after CMPE is
		// named asks whether CMPE is, not how long it all takes.
		{"What is mean CMPE? Is necessary for work?", "question", "faq/education"},
		{"what does CMPE mean? is it necessary?", "question", "faq/education"},
		// Batch 576: whether location makes a difference asks about the factor, not
		// the figures of the country the asker's state is in.
		{"I live in a small town in Kansas and the job here pays $62k. My friend in Denver makes way more. Does location really make that big of a difference?", "question", "salary-outlook/p1"},
		// Batch 569: the questions to ask at the end of a practice manager
		// interview are what to look for in an employer.
		{"what questions should my client ask at the end of a practice manager interview?", "question", "workplace-culture/p3"},
		// Batch 568: a director of a nonprofit is no level of ours.
		{"I was the director of a nonprofit for 10 years. Can I become a practice manager?", "question", "how-to-become/p1"},
		// Batch 562: Austria is no typo of Australia; "is it worth" and "a practice
		// that cares about experience" point back at no level told before.
		{"Hi! I'm writing from Germany. I finished my Ausbildung as a Medizinische Fachangestellte and worked 6 years in a Praxis. I want to become Praxismanagerin and maybe later work in Switzerland or Austria. How is the salary in Germany for this job? Thank you!", "question", "country/germany"},
		{"salary austria", "question", "global-salaries/p1"},
		{"We're a 3-doctor family practice and our longtime office manager is retiring. The docs want me (I'm the billing lead) to take over but they're only offering a small raise. I've read practice managers make way more. What's a fair salary to ask for in the Midwest?", "question", "salary/manager"},
		{"My boss is retiring and recommended me for her job but HR says I need a bachelor's degree and I only have an associate's. I've been assistant manager for 5 years. Is it worth going back to school at 40 or should I look for a practice that cares more about experience?", "question", "qualifications/p2"},
		// Batch 561: an offer for the role is weighed against the Manager level's
		// figures.
		{"my coachee got an offer for 70k as a practice manager in Ohio, should she counter?", "question", "salary/manager"},
		// Batch 560: an asker new to the title holds the Manager level; a new
		// manager in general is the first rung.
		{"I'm a new practice manager, started 2 months ago. The previous manager left the books a mess and I'm drowning. What skills should I be focusing on first?", "question", "path/manager"},
		// Batch 559: two levels weighed by how hard their jobs are to land are the
		// market's question, not the levels side by side.
		{"Are entry-level roles harder to get than senior ones right now?", "question", "market-reality/p1"},
		{"are senior managers more in demand than assistants", "question", "market-reality/p1"},
		// Batch 555: a level or pay told before a question that asks neither is who asks;
		// years ahead are no experience.
		{"I have 5 years as an assistant manager. Is the market just bad?", "question", "market-reality/p1"},
		{"I've been a senior manager for 8 years. Is the job market bad right now?", "question", "faq/job-market"},
		{"so I got offered a regional manager role overseeing 4 clinics. right now I manage one big practice. pay bump is decent but I'd be driving all over the place. what does the regional job actually involve day to day?", "question", "path/regional"},
		{"I'm planning my next 5 years. Where do practice managers usually go after they've done the job for a while? Like what's the next role?", "question", "faq/career-growth"},
		{"My goal is to be a director in 10 years. Is that realistic?", "question", "path/director"},
		// Batch 551: a budget the asker ran is no pay (nor are 8 years a level asked
		// about); a public health degree is a start, not another job asked about; what to be
		// learning before taking over is the skills to build.
		{"I've been in retail management for 8 years, running a store with 40 employees and a $5M budget. How do I convince a clinic that my experience transfers?", "question", "qualifications/p2"},
		{"So I run the front desk at a pediatric office, been there 3 years. My manager is leaving next spring and the doctors hinted I could take over. What should I be learning between now and then?", "question", "steps/3"},
		{"I'm 23, just graduated with a public health degree, no real work experience except an internship at a county clinic. What's a realistic first job to aim for?", "question", "steps/2"},
		// Batch 543: earning trust is no pay question, level named or not; groups "for me"
		// are for who the asker said they are.
		{"I'm a new practice manager. How do I earn the doctors' trust?", "question", "pros/5"},
		{"I'm Black and want to get into healthcare leadership. Are there groups for me?", "question", "dei-resources/p1"},
		// Batch 539: coaches.
		{"what growth numbers can I quote to a client about this field", "question", "facts/growth"},
		{"is it a fair concern that the pay is low", "question", "faq/salary|facts/median-salary"}, // as the set takes "is the pay good?"
		// What a level will expect the asker to do is the level's, whatever the ranking
		// learned from the set says of interviews.
		{"I got an interview for a senior practice manager job. What will they expect me to do?", "question", "path/senior"},
		// Batch 538: long backgrounds.
		{"Long story short, I was a teacher for 12 years, burned out, and now I'm doing front desk at a pediatric office. My office manager says I should think about moving up. What certifications actually matter for getting there?", "question", "qualifications/p2"},
		{"I work in IT support at a hospital, mostly helping staff with Epic. A lot of managers ask me stuff. I'm wondering if that Epic knowledge would give me an edge applying for practice manager jobs?", "question", "challenges/p1"},
		// Batch 536: another job's background, then a step into ours.
		{"I've been in hotel management for 10 years, front office and revenue. Is revenue cycle similar enough that I could pick it up?", "question", "technical-skills/1"},
		{"I'm a part time bookkeeper for a dentist. Could that get me a manager role at a medical practice?", "question", "how-to-become/p3"},
		// Batch 534: a question that adds nothing after another job and a move into ours.
		{"I have 20 years as a retail store manager but zero healthcare. I'm 52. Everyone says my management experience should transfer, but I keep getting rejected. What am I missing?", "question", "steps/2"},
		// Batch 533: a first supervisory role after another job is a step into ours.
		{"I'm a hospital unit clerk. How do I get my first supervisory role?", "question", "steps/2"},
		// Batch 531: the median is pay; a median home price is not.
		{"how does the median compare to the average for a senior manager", "question", "salary/senior"},
		{"what's the median home price in texas", "question", ""},
		// Batches 519-520: the steps; an interview for a level, and advancing from one, are
		// not the level's description (what the level will expect of the asker is).
		{"walk me through becoming one", "question", "steps/1"},
		{"After 12 years in retail management I finally got an interview for an assistant practice manager job next week. What should I expect them to ask and how do I prepare?", "question", "steps/6"},
		{"So I got my CMPE last year and I'm still an assistant manager. I thought the certification would get me promoted faster. What else should I be doing?", "question", "career-path/p3"},
		{"I'm interviewing for an assistant practice manager role next week. What will they expect me to do?", "question", "path/assistant"},
		// Batch 518: a choice of two levels names both.
		{"assistant or manager, which one should i apply for first", "question", "path/assistant"},
		// Batch 513: remuneration is pay.
		{"What is the remuneration for a senior practice manager in the United States?", "question", "salary/senior"},
		// Batch 511: paying for a certification is no pay question; whether to leave for a
		// promotion is not the next level's description.
		{"I've managed a small pediatric office for 6 years and I'm thinking about getting the CMPE. My office won't pay for it. Is it worth paying out of pocket?", "question", "qualifications/p2"},
		{"I've been an assistant practice manager for two years at a busy orthopedic group. I handle scheduling and HR mostly. My boss keeps saying I'm ready but the promotion never comes. Should I look elsewhere?", "question", "cons/6"},
		// Batch 508: "the best way" to ask for a raise is not the best-paid level.
		{"I'm a nurse. What's the best way to ask for a raise?", "question", "salary-outlook/p3"},
		{"highest paying level", "question", "salary/director"},
		// Batch 504: specialty's effect on pay is specialization within a practice.
		{"does specialty affect pay", "question", "salary-outlook/p2"},
		// Batch 501: computer skills asked in a sentence are the EHR and IT bullets; the command
		// still lists the technical skills.
		{"what computer skills are needed", "question", "technical-skills/2"},
		{"skills computer", "skills", "technical-skills/1"},
		// Batch 497: a degree in a related field, asked about by a new grad.
		{"I'm a new grad with a public health degree. Does that count for this job?", "question", "faq/education"},
		// Batch 497: pay at the level the asker holds or names.
		{"I'm an assistant practice manager. How much more would I make as the manager?", "question", "salary/manager"},
		{"I'm a practice manager in Texas, is my 75k salary low?", "question", "salary/manager"},
		{"I'm a practice manager, what's the pay range for this job", "question", "facts/salary-range"}, // the job's range, not the asker's own pay
		// Batch 495: a clinician wanting a desk job asks about leaving clinical work.
		{"my client is a paramedic who wants a desk job, could practice management work for her?", "question", "how-to-become/p3"},
		// Batch 493: Canada's Express Entry names no level.
		{"what does express entry have to do with this job", "question", "visas/p1"},
		// Batch 492: where the asker lives is not where they are going.
		{"I live in Ontario and I'm thinking about moving to Australia with my partner. What would a practice manager earn there?", "question", "country/australia"},
		{"im living in canada, moving to the uk, salary?", "question", "country/uk"},
		{"I work in brazil, how much would i make in canada", "question", "country/canada"},
		// Batch 492: "that" is the wish said last; a layoff from a law firm and the
		// kids' pediatrician are background to the step asked about.
		{"I've worked remote for 5 years in insurance claims and I love it. I'd like to move into managing a practice but I don't want to give up working from home. Is that possible?", "question", "faq/remote"},
		{"I've been an office manager at a law firm for 10 years and I just got laid off. I keep my kids' pediatrician's office running in my head every time I go there lol. How would I break into practice management?", "question", "how-to-become/p1"},
		{"I'm an assistant practice manager with an MBA. Am I ready to apply for manager jobs?", "question", "path/manager"}, // where they are going first
		{"What's the entry level step before becoming the manager?", "question", "path/assistant"},                           // the one before it
		{"what are the job titles at each level", "path", "path/assistant"},
		{"I've managed a law office for 10 years. What would my starting pay be at a clinic?", "question", "salary/assistant"}, // starting, not the years' level
		{"entry lvl titles?", "question", "path/assistant"},
		{"r there remote pm jobs", "question", "faq/remote"},                                                 // our role, not PM software
		{"I'm a pharmacy tech. Which certification helps me become a manager?", "question", "faq/education"}, // the tech is where they start
		{"I'm an ER tech. Does that count as clinical experience?", "question", "how-to-become/p3"},
		{"skills 4 this job", "question", "qualifications/p1|technical-skills/1|soft-skills/1"},
		{"I'm a coder. What's the salary bump if I become a manager?", "question", "salary/manager"}, // the level they would reach
		{"I'm a charge nurse. Does this job pay better?", "question", "faq/salary|facts/median-salary"},
		{"I've been a senior practice manager for 3 years. When will I get promoted?", "question", "path/regional"},                                                                                                         // promoted from the level held
		{"I'm an assistant practice manager now. How long until I can run my own practice?", "question", "path/manager"},                                                                                                    // running a practice is the level above
		{"I'm an RN burned out on bedside care. Is practice management less stressful?", "question", "cons/1"},                                                                                                              // the job's stress, not the nurse's way in
		{"I'm a black woman with 10 years in healthcare admin and I keep getting passed over for director roles. Are there groups or mentors that could help me move up?", "question", "dei-resources/p1|dei-resources/p2"}, // who can help, not the director's entry
		{"do i need to understand medicare and medicaid rules for this job", "question", "technical-skills/3"},                                                                                                              // healthcare's rules are regulations
		{"my english not perfect, is problem?", "question", "soft-skills/2"},                                                                                                                                                // not problem-solving
		{"I manage a practice with 3 doctors. Is that considered small?", "question", "salary-outlook/p2|workplace-culture/p1|what-is/p2"},                                                                                  // practice size, not the doctors
		{"I'm a practice manager. How do I get better at managing my own time?", "question", "soft-skills/8"},                                                                                                               // the skill, not the hours
		{"who sets the strategy across a health system", "question", "path/director"},
		{"tbh is the degree even necessary", "question", "faq/education|qualifications/p2|facts/education"},                                                                                                                                                              // not the timeline's "necessary"
		{"I'm a paralegal at a law firm. Which certifications would help someone with my background get into practice management?", "question", "how-to-become/p1|how-to-become/p3|faq/education|qualifications/p2"},                                                     // a career move, not the law firm's
		{"I'm a clinic manager in Brazil. How much would I make in Canada?", "question", "country/canada"},                                                                                                                                                               // the question's country, not the background's
		{"Long story short, I was a restaurant GM for 8 years, got tired of nights and weekends, and now I'm looking at healthcare. I've handled payroll, hiring, inventory and a P&L. What's the fastest way in?", "question", "how-to-become/p1|faq/timeline|steps/2"}, // a move into healthcare, not the restaurant's question
		{"I have a business degree and 2 years as a bank teller. I'm thinking about healthcare management. What should my first job be?", "question", "steps/2|path/assistant"},
		{"I'm a regional manager over 5 clinics and honestly I'm burned out. The travel is constant and I'm always on call. Is this normal at this level or is my company just bad?", "question", "cons/4|cons/1|faq/work-life-balance|path/regional"}, // the job's norms, not the employer
		{"I'm currently an assistant manager at a cardiology practice. My goal is to be a director someday. Realistically how many years does that take?", "question", "path/director"},                                                                // the goal, not the level held
		{"I'm a surgical tech. Could I move into running a surgery center's office?", "question", "what-is/p1|how-to-become/p3|how-to-become/p1|work-environment/p1"},                                                                                  // a move into our field, not off topic
		{"I'm an HR assistant at a hospital. Is HR experience useful for practice managers?", "question", "technical-skills/5|responsibilities/2"},                                                                                                     // an HR assistant is another job, not the Assistant level
		{"I'm an assistant manager. My boss is retiring. Am I qualified for her job?", "question", "path/manager"},                                                                                                                                     // the boss's job is the level above
		{"how soon after graduating can i get an entry level job", "question", "faq/timeline"},                                                                                                                                                         // "after" graduating is a time, not the level above
		{"do managers mentor junior managers at the senior level", "question", "path/senior"},                                                                                                                                                          // the level asked at, not the junior one
		{"I'm a new practice manager. What do doctors expect from me?", "question", "cons/3"},                                                                                                                                                          // the doctors' expectations, not the first level's entry
		{"what should i read to prepare", "question", "steps/3|education/p2|steps/1"},                                                                                                                                                                  // self-study, not the resume the fifth step prepares
		{"I'm a practice manager in Ohio. Would I earn more in a big city?", "question", "salary-outlook/p1|how-to-become/p2"},                                                                                                                         // a place within the country, not its range
		{"I'm an assistant manager and my boss is retiring. How do I show I'm ready to replace her?", "question", "path/manager"},
		{"what bumps your salary the most", "question", "salary-outlook/p1|salary-outlook/p2"}, // what raises pay, not the best-paid level
		{"what do assistants make vs directors", "question", "salary/assistant"},               // their pay, not their roles
		{"I'm an assistant manager. How much more would I make with a promotion?", "question", "salary/manager"},
		{"I'm a clinic manager. How do I stop bringing work home?", "question", "faq/work-life-balance|cons/4"},                                                    // hours, not working from home
		{"I've managed a retail store for 10 years. Do I stand a chance at this?", "question", "how-to-become/p1|how-to-become/p3|faq/timeline"},                   // where they start
		{"how much do practice managers make compared to nurses", "question", "faq/salary|facts/median-salary"},                                                    // ours measured by theirs
		{"I'm a senior in college. What first job should I look for?", "question", "steps/2"},                                                                      // a student's year, not the Senior level
		{"I'm a physical therapist assistant. How much would I make as a practice manager?", "question", "faq/salary|facts/median-salary|salary/manager"},          // another job, not the Assistant level
		{"We hired a consultant to fix our billing. Is billing something I'm supposed to know?", "question", "technical-skills/1|responsibilities/3"},              // a hired consultant is not the asker's job
		{"I'm a senior manager. What do directors earn?", "question", "salary/director"},                                                                           // the level held is the asker's, not the one asked
		{"I sell insurance. Would knowing payers help me get hired at a clinic?", "question", "technical-skills/6"},                                                // a job at a clinic is ours
		{"I'm a speech therapist. Would my clinical experience help or hurt if I switch to management?", "question", "steps/2|how-to-become/p3|qualifications/p2"}, // where they start; the retrained model moves among these three
		{"I'm a veteran. Is there support for veterans getting into healthcare administration?", "question", "how-to-become/p1|dei-resources/p1|dei-resources/p2"},
		{"My dad is a practice manager. What does he actually do at work?", "question", "responsibilities/1"},
		{"I'm a receptionist at an urgent care. What would I earn as an assistant manager?", "question", "salary/assistant"}, // the urgent care is where they work
		{"I'm a practice manager. What comes after my role?", "question", "path/senior"},
		{"I'm a nutritionist. How does my salary compare with practice managers?", "question", "faq/salary|facts/median-salary"},
		{"I work nights as a bartender. Would the hours be better in this job?", "question", "faq/work-life-balance|cons/4"},
		{"I'm a scheduler and my supervisor is retiring. What should I be learning now so I can apply for her job?", "question", "steps/3"},
		{"I'm a phlebotomist and want to move to the admin side. What should I learn?", "question", "steps/3"},
		{"I'm a unit clerk. One thing I can do this week to get closer to becoming a practice manager?", "question", "steps/1"},
		{"I'm an EMT and want to get into healthcare administration. What title should I look for first?", "question", "steps/2|path/assistant"},
		{"I'm a front desk receptionist earning 35k. How much more would I earn as a practice manager?", "question", "faq/salary|salary/manager|facts/median-salary"},
		{"hmm what about in australia", "question", "country/australia"},             // a follow-up after an interjection
		{"How many time is needed for arrive to senior?", "question", "path/senior"}, // a Spanish speaker's "llegar a"
		{"What is the difference between gerente and director in this career?", "question", "path/director|path/manager"},
		{"I'm a receptionist and my doctor wants me to get certified. Which certification makes sense?", "question", "faq/education|qualifications/p2"}, // the doctor as employer
		{"I'm a scheduler at a clinic. What other skills would I need?", "question", "steps/3"},
		{"I'm at a tiny practice. Should I switch to a bigger practice to grow?", "question", "cons/6"},
		{"what is the salary at the beginning", "question", "salary/assistant"},
		{"How long is a typical workweek?", "question", "faq/work-life-balance|work-environment/p1"},                    // hours, not how long it takes
		{"I took ten years off to raise my kids. What's new in the market?", "question", "market-reality/p1|trends/p1"}, // raise: not pay
		{"My English is intermediate. What do managers earn in São Paulo compared with the US?", "question", "country/brazil"},
		{"cn i do it w/o a degree", "question", "how-to-become/p1|faq/education|qualifications/p2"}, // cn: can
		{"in the work, which is the most difficult thing?", "question", "faq/challenges|cons/1"},
		{"I have an interview next week for an assistant practice manager job. What will they expect me to do?", "question", "path/assistant"}, // next week: not the next level
		{"need to be good w money?", "question", "technical-skills/4|trends/p2"},                                                               // w: with, not money as pay
		{"what is the horary of work, many hours?", "question", "faq/work-life-balance"},                                                       // horario: the hours
		{"which certification is more reconnaissance in the sector", "question", "faq/education"},
		{"how is the ambiance between the doctors and the manager", "question", "cons/3|pros/5"}, // ambiente: how they get on
		{"what's the highest u can go", "question", "path/director"},
		{"can i negotiate pto at a new job", "question", "salary-outlook/p2|pros/6|salary-outlook/p3"},                                  // negotiating, not the first level's pay
		{"can i go abroad with this profile", "question", "visas/p1"},                                                                   // "profile" is the asker's, not a candidate's profile
		{"i am having 5 years experience in hospital admin, what post i will get", "question", "path/manager"},                          // the post they would get: the level for 5 years
		{"What can an entry-level practice manager expect to earn compared with an experienced one?", "question", "faq/salary"},         // both ends: the range, not the first level
		{"What does the job involve at a high level?", "question", "responsibilities/1"},                                                // an overview, not the top level
		{"I'm currently a regional manager overseeing 3 clinics. What does it take to become a director?", "question", "path/director"}, // where they are going first
		{"I'm a senior manager. what would I make if I become regional", "question", "salary/regional"},
		{"Is the compensation good for people who have been doing this a long time?", "question", "faq/salary"}, // those long in the job are the experienced, not a long time of anything
		{"I've been an assistant manager for two years. What does the next level pay?", "question", "salary/manager"},
		{"what will I earn after two years as an assistant", "question", "salary/assistant"},                                                          // "after" two years is not the level after
		{"do experienced ones get good benefits on top of salary", "question", "faq/salary|pros/6|salary-outlook/p2"},                                 // "on top of" is besides, not the top of the table
		{"ok realistically whats the pay from starting out to 10 years in", "question", "faq/salary"},                                                 // the span of the ladder, not its first level
		{"I currently do patient registration at the front desk. what does the manager do differently day to day?", "question", "responsibilities/1"}, // the question, not the background's front desk, decides
		{"I have two little kids and need flexibility. can I do this job from home?", "question", "faq/remote"},
		{"I'm a paramedic and my knees are shot. Could I move into running a clinic's operations?", "question", "how-to-become/p3"},                    // running a clinic's operations names our role: the paramedic is background
		{"which signals are bad when i go to interview for see if they respect diversity", "question", "workplace-culture/p3"},                         // bad signals are red flags; search alone puts the hiring passage first
		{"I've been an office manager at a law firm for 6 years. Would that experience count for a medical practice?", "question", "how-to-become/p1"}, // the law firm is where they start
		{"I've applied to 30 jobs and heard nothing. What are employers looking for?", "question", "trends/p1"},                                        // "nothing. Practices" is no kind of practice
		{"I'm good at calming angry people down. Is that useful as a practice manager?", "question", "soft-skills/7"},                                  // "useful" is not the US
		{"is it a good job for someone who likes people", "question", "pros/5"},                                                                        // the social side, not related careers
		{"can I become permanent resident through this job", "question", "visas/p2"},                                                                   // ours: the mark for citizenship drops, its words stay
		{"how do i give a negative performance review to staff", "question", "responsibilities/2"},                                                     // giving one is the job; getting one is the asker's own
		{"is it ok to turn down a promotion to regional manager", "question", "path/regional"},
		{"I'm switching from teaching. Will my classroom management skills help?", "question", "how-to-become/p1"}, // their skills, asked of this job
		{"what do you win as a senior manager", "question", "salary/senior"},                                       // "win" is earn (gagner, ganar)
		{"do they hire ppl w/o degrees", "question", "qualifications/p2"},                                          // "w/o" is without, not "with o"
		{"is healthcare admin school too expensive", "question", "education/p2"},                                   // the degree's cost, not healthcare's
		{"is remote work lonely for practice managers", "question", "faq/remote"},                                  // ours, not remote work in general
		{"realistically what will i make starting out vs after 10 yrs", "question", "faq/salary"},                  // the ladder, not the level 10 years reach
		{"salary of the manager normal, no senior", "question", "salary/manager"},                                  // a level ruled out is not named
		{"in the direction there are enough persons of minorities?", "question", "diversity/p1"},                   // "direction" for leadership
		{"Our clinic is switching EHR vendors next year. Is it the manager's job to run that?", "question", "responsibilities/7"},
		{"what's covered in the faqs", "faq", "faq/education"}, // the list, not an FAQ about "covered"
		{"what does the faq cover", "faq", "faq/education"},
		{"I finished my degree last month. What's step two?", "question", "steps/2"},
		{"I'm a billing clerk right now. How long until I could realistically be a manager?", "question", "faq/timeline"},
		{"I've never written a cover letter. What should mine highlight?", "question", "steps/5"},
		{"the salaries are same in all the world or they change?", "question", "global-salaries/p1"},
		{"what's the lowest and highest pay in this job", "question", "facts/salary-range"}, // the range, not one end
		{"Just got promoted to practice manager. Any advice?", "question", "path/manager"},
		{"what r the steps again", "steps", "steps/1"},
		{"what are the eight faqs", "faq", "faq/education"}, // all of them, not the eighth
		{"path mgr", "path", "path/manager"}, // "manager" alone is the level
		{"what does manager level pay", "salary", "salary/manager"},
		{"salary manager", "salary", "salary/manager"},
		{"path for a practice manager", "path", "path/assistant"}, // the role's name: the whole ladder
		{"what comes before senior", "question", "path/manager"},
		{"what level is below director", "question", "path/regional"},
		{"what does a senior do under pressure", "question", "path/senior"}, // not the level below
		{"whats the next level after manager", "question", "path/senior"},
		{"what comes after mpm", "question", "path/senior"},
		{"what's the best advice for a new practice manager", "question", "path/assistant"},
		{"how do i go from regional to director", "question", "path/director"},
		{"I'm a practice manager in the US thinking of moving to Germany. What would I make?", "question", "country/germany"},
		{"my degree is from Brazil, would it be recognized in Canada?", "question", "visas/p2"},    // not the pay of either
		{"for go work in canada or england what i need", "question", "visas/p1"},                   // the papers, not the pay
		{"the assistant manager how much gain in usa", "question", "salary/assistant"},             // "gain": earn
		{"realistic pay from new to experienced?", "question", "faq/salary"},                       // the whole ladder, not its first rung
		{"the manager contract new employees and pay salaries?", "question", "responsibilities/2"}, // new employees: no newcomer's pay
		{"uk", "question", "country/uk"},                                                           // a country alone: its pay
		{"what about germany?", "question", "country/germany"},
		{"pth regional", "path", "path/regional"}, // a dropped letter in a four-letter command
		{"uk visa", "question", "visas/p1"},
		{"I'm British and want to work in the US as a practice manager", "question", "country/us"}, // where they are going
		{"explain the career ladder", "path", "path/assistant"},
		{"what's the top of the ladder", "question", "path/director"},       // one level, not the ladder
		{"break down the salary by level", "salary", "facts/median-salary"}, // the whole table
		{"salary per level", "salary", "facts/median-salary"},
		{"salary", "salary", "facts/median-salary"},
		{"salary uk", "salary", "country/uk"},
		{"salary UK", "salary", "country/uk"},
		{"salary united kingdom", "salary", "country/uk"},
		{"salary in germany", "salary", "country/germany"},
		{"path regional", "path", "path/regional"},
		{"path", "path", "path/assistant"},
		{"/mpm path director", "path", "path/director"},
		// level aliases and typos
		{"salary sr", "salary", "salary/senior"},
		{"salary senoir", "salary", "salary/senior"},
		{"salary entry", "salary", "salary/assistant"},
		{"salary entry level", "salary", "salary/assistant"},
		{"salary asst", "salary", "salary/assistant"},
		{"salary dir", "salary", "salary/director"},
		{"salary for a senior manager", "salary", "salary/senior"},
		{"path reginal", "path", "path/regional"},
		// command word typos and aliases
		{"salry senior", "salary", "salary/senior"},
		{"SALARY Senior", "salary", "salary/senior"},
		{"skils", "skills", "technical-skills/1"},
		{"skills technical", "skills", "technical-skills/1"},
		{"skills soft", "skills", "soft-skills/1"},
		{"skill tech", "skills", "technical-skills/1"},
		{"what IT skills do i need", "question", "technical-skills/12"}, // the IT bullet, not every technical skill
		{"stpes", "steps", "steps/1"},
		{"steps 3", "steps", "steps/3"},
		{"step 7", "steps", "steps/1"}, // out of range: all six
		{"faq", "faq", "faq/education"},
		{"faqs 8", "faq", "faq/remote"},
		{"faq 9", "faq", "faq/education"}, // out of range: the list
		{"faq remote work", "faq", "faq/remote"},
		{"outlook", "outlook", "facts/growth"},
		{"outlook 2032", "outlook", "facts/growth"},
		{"faq salary", "faq", "faq/salary"},
		{"outlok", "outlook", "facts/growth"},
		{"tip", "tip", ""},
		{"help", "help", ""},
		{"", "help", ""},
		{"?", "help", ""},
		// real questions are not hijacked by a command word
		{"pay for a senior manager", "salary", "salary/senior"},
		{"path to becoming a director", "path", "path/director"},
		{"help me find a job", "question", ""},
		{"tips for my resume", "question", "steps/5"},
		{"ask salary senior", "question", "salary/senior"},
		{"what's the career path?", "path", "path/assistant"},
		{"technical skills", "skills", "technical-skills/1"},
		{"senior salary", "salary", "salary/senior"},
		{"how much do directors make in the uk?", "question", "country/uk"},
		// years of experience name a level only when the question is about one
		{"I have 6 years as a supervisor, what would I earn?", "question", "salary/manager"},
		{"with 8 years what level would I be", "question", "path/senior"},
		{"I've had 11 yrs in billing, what role could I qualify for", "question", "path/regional"},
		// two countries side by side; another job's title is not a level; pay by
		// something other than level is not the top level
		{"uk vs germany", "question", "country/uk"},
		{"how do i get to director level", "question", "path/director"},
		{"what's the range for a manager level", "question", "salary/manager"},
		{"what do they earn in toronto", "question", "country/canada"},
		{"what happens at the director level", "question", "path/director"},
		{"entry level jobs", "question", "path/assistant"},
		{"what's the career path for a medical assistant", "question", ""},     // another job, not `path assistant`
		{"What entry-level jobs give good experience?", "question", "steps/2"}, // a first step into healthcare
		{"what are the six steps", "steps", "steps/1"},
		{"how many levels are there", "path", "path/assistant"},
		{"what's the salary of a practice manager in texas", "salary", "country/us"},
		{"what's an average day for a regional manager", "question", "path/regional"},
		{"any idea what senior practice managers make?", "question", "salary/senior"},
		{"do directors oversee multiple regions", "question", "path/director"},
		{"hey, what's the outlook for this job over the next ten years?", "outlook", "facts/growth"},
		// what people say to a bot about the bot
		{"what can you do?", "help", ""},
		{"hey what can you help me with", "help", ""},
		{"what can you tell me about the salary", "question", "faq/salary|facts/median-salary"}, // asked of the job, not of the bot (the FAQ and the median are within 1 %)
		{"what do you do all day as a practice manager", "question", "responsibilities/1"},
		{"how can i use this experience to become a manager", "question", "how-to-become/p1"},
		{"who are you supposed to report to as a manager", "question", "what-is/p1"},
		{"how does this work?", "help", ""},
		{"how do i use the bot", "help", ""},
		// the ladder as counted: years at each level, "the 5 levels"; years that open a
		// message still place the asker; why figures are what they are
		{"how many years at each level", "path", "path/assistant"},
		{"what are the 5 levels", "path", "path/assistant"},
		{"10 years in - what level should i be at", "question", "path/regional"},
		{"why is pay in brazil so low", "question", "global-salaries/p2"},
		{"salary gbp", "salary", "country/uk"},
		// two questions where "it" is the job; the last of a list; compare the levels
		{"what's the pay and is it remote", "question", "facts/median-salary"},
		{"the last faq", "faq", "faq/remote"},
		{"last step", "steps", "steps/6"},
		{"steps to become one, in order", "steps", "steps/1"},
		{"Steps To Become A Practice Manager", "steps", "steps/1"}, // capitals: the patterns read lowercased text
		{"Salary By Level", "salary", "facts/median-salary"},
		{"compare all levels", "path", "path/assistant"},
		{"top salary", "question", "salary/director"}, // one level, not the table
		{"top level salary", "question", "salary/director"},
		{"What does the director level involve?", "question", "path/director"},
		{"what do they make in the us", "question", "country/us"}, // pay, though "make" isn't last
		{"jbo outlok", "outlook", "facts/growth"},                 // typed fast
		{"what are the salary tiers", "salary", "facts/median-salary"},
		{"what competencies are essential", "skills", "technical-skills/1"},
		{"What are the most important skills for success?", "skills", "technical-skills/1"},
		{"What skills are becoming more important for practice managers?", "question", "qualifications/p3"}, // a trend, not the list
		{"how much win the assistant manager?", "question", "salary/assistant"},                             // "win" is not "wing", a dropped g
		{"whta are the stpes", "steps", "steps/1"},
		{"do directors still deal with patients", "question", "path/director"},
		{"how do seniors deal with loneliness", "question", ""},
		{"whats ur name", "help", ""}, // not the passage about names on resumes
		{"are you a bot?", "help", ""},
		{"hey, how's it going?", "help", ""},
		{"are you chatgpt", "help", ""},
		{"how are you paid as a director", "question", "salary/director"}, // not small talk
		{"hello", "help", ""},
		{"thanks!", "help", ""},
		{"ok thanks, that helps", "help", ""},
		{"cool thank you for the info", "help", ""},
		{"test", "help", ""},
		// Chat markup is not the question: mentions, channel links, URLs, quote marks.
		{"<#C123|general> what certs should i get", "question", "faq/education"},
		{"https://example.com what's the salary", "salary", "facts/median-salary"},
		{"<@1234567890>", "help", ""},
		{"@mpmcoach hey, quick one: do practice managers usually get a bonus?", "question", "faq/salary|salary-outlook/p2"}, // a mention typed as text
		{"> can i work from home\nasking for a friend", "question", "faq/remote"},
		{"steps plz 🙏🙏", "steps", "steps/1"},
		{"hey bot, what are the steps", "steps", "steps/1"},
		{"i'm bored", "help", ""},
		{"im bored entertain me", "help", ""}, // small talk, however it goes on
		{"will i get bored in this job", "question", "pros/2"},
		{"testing 1 2 3", "help", ""},
		{"what test do i need for a uk visa", "question", "visas/p1"},
		{"give me a tip for this week", "tip", ""},
		{"give me a readiness tip", "tip", ""},                                   // what the scheduled tips are called
		{"readiness tip", "tip", ""},                                             // not the readiness check
		{"can you give me a tip I can share with my group this week", "tip", ""}, // a coach asking for the group
		{"got a tip for me?", "tip", ""},
		{"can you give me tips for my resume", "question", "steps/5"},                             // a topic after "for" is a question
		{"tip please", "tip", ""},                                                                 // filler after the command
		{"what is the average salary for a practice manager in the us", "question", "country/us"}, // "the us" is the country
		{"tip for my resume", "question", "steps/5"},                                              // a topic of its own: a question
		{"am I ready to be a practice manager?", "readiness", ""},
		{"ok but how much do they make", "question", "facts/median-salary|faq/salary"},
		{"what do new practice managers earn", "question", "salary/assistant"},
		{"how much in australian dollars", "question", "country/australia"},
		{"whats the pay like in oz", "question", "country/australia"},
		{"euros salary", "salary", "country/germany"},
		{"what salary threshold for uk visa", "question", "visas/p1"},
		{"Would I be paid US rates if I managed a US practice remotely from abroad?", "question", "remote-work/p2"},
		{"How do salaries in Europe compare to North America?", "question", "global-salaries/p1"},
		{"what do practice managers earn in the uk", "question", "country/uk"},
		{"what's a good salary in new york city", "question", ""},
		{"what does the day to day look like for a senior practice manager", "question", "path/senior"},
		{"step three", "steps", "steps/3"},
		{"Second step?", "steps", "steps/2"},
		{"step 6 details", "steps", "steps/6"},
		{"what factors change my salary the most", "question", "salary-outlook/p1"}, // the factors, not the top level's pay
		{"Where do practice managers earn the most?", "question", "salary-outlook/p1"},
		{"tell me more about step 4", "steps", "steps/4"},
		{"salary table pls", "salary", "facts/median-salary"},
		{"outlook 2030s", "outlook", "facts/growth"},
		{"ok and the director?", "question", "path/director"}, // a follow-up names only the level
		{"what about for seniors", "question", "path/senior"},
		{"what should a new manager focus on", "question", "path/assistant"},
		{"how many new jobs in the next 10 years", "question", "market-commentary/p1"}, // new jobs are not a new manager
		{"what's expected at the regional level", "question", "path/regional"},         // not salary expectations
		{"what is difference between assistant and manager", "question", "path/assistant"},
		{"how is a senior manager different from a normal manager", "question", "path/senior"},                   // "manager" beside another level is the Manager level
		{"I'm not aiming for the top. What does a regular practice manager make?", "question", "salary/manager"}, // a level named is not the table's top
		{"salary for fresher", "question", "salary/assistant"},
		{"typical bump going from manager to senior", "question", "salary/senior"},
		{"how long to go from manager to senior", "question", "path/senior"},
		{"should i reach out to clinics directly", "question", "steps/6"}, // not the director
		{"Realistic salary expectations from entry level to experienced?", "question", "faq/salary"},
		{"salary expectations for entry level", "question", "salary/assistant"},
		{"what's the 4th step", "steps", "steps/4"},
		{"the fifth step", "steps", "steps/5"},
		{"how mutch do they get payed", "question", "facts/median-salary|faq/salary"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := ask(t, tc.text)
			if r.Command != tc.command {
				t.Errorf("command = %q, want %q", r.Command, tc.command)
			}
			// "a|b": either answers it, as the question set says; which comes first is
			// the learned model's to say.
			if tc.first != "" && !slices.Contains(strings.Split(tc.first, "|"), firstID(r)) {
				t.Errorf("first answer = %q, want %q (all: %v)", firstID(r), tc.first, r.Answers)
			}
		})
	}
}

// Words that name a level only by accident must not turn a question into a level lookup.
func TestNotALevel(t *testing.T) {
	for _, q := range []string{
		"i'm a medical assistant, how do i become a practice manager",
		"what specialties pay the most",
		"our medical director wants me to learn billing, where do I start",
	} {
		t.Run(q, func(t *testing.T) {
			if id := firstID(ask(t, q)); strings.HasPrefix(id, "path/") || strings.HasPrefix(id, "salary/") || id == "" {
				t.Errorf("first answer = %q, want a passage about the question, not a level", id)
			}
		})
	}
}

// Years told as background to another question are not a question about a level.
func TestYearsAsBackground(t *testing.T) {
	for _, q := range []string{
		"I've been a medical receptionist for 4 years and want to move up into management, where do I start?",
		"my boss says I need a degree, is that true? I have 10 yrs experience in billing",
	} {
		t.Run(q, func(t *testing.T) {
			if id := firstID(ask(t, q)); strings.HasPrefix(id, "path/") || id == "" {
				t.Errorf("first answer = %q, want a passage about the question, not a level", id)
			}
		})
	}
}

// TestEveryReplyCitesAndSuggests holds the reply contract: an answer names its
// sources and offers follow-ups; an abstention offers commands and no passage.
func TestEveryReplyCitesAndSuggests(t *testing.T) {
	for _, text := range []string{"salary", "salary senior", "salary uk", "path", "path senior", "skills",
		"skills soft", "faq", "faq 2", "steps", "steps 2", "outlook", "tip", "can I work remotely?",
		"what certification should I get", "who won the world cup", "faq pizza toppings"} {
		t.Run(text, func(t *testing.T) {
			r := ask(t, text)
			if len(r.Suggestions) == 0 {
				t.Error("no follow-up suggestions")
			}
			if r.Abstained {
				if len(r.Answers) != 0 || len(r.Sources) != 0 {
					t.Errorf("abstention carries passages: %v", r.Answers)
				}
				return
			}
			if len(r.Answers) == 0 || len(r.Sources) == 0 || r.Title == "" {
				t.Errorf("answer lacks passages, sources or title: %+v", r)
			}
			for _, a := range r.Answers {
				if a.Section == "" || a.Text == "" {
					t.Errorf("answer %s lacks section or text", a.ID)
				}
			}
		})
	}
}

func TestAbstainsPolitely(t *testing.T) {
	r := ask(t, "what's a good lasagna recipe?")
	if !r.Abstained || len(r.Answers) != 0 {
		t.Fatalf("answered an off-topic question: %v", r.Answers)
	}
	text := bot.Text(r)
	if !strings.Contains(text, "couldn't find") || !strings.Contains(text, "Try:") {
		t.Errorf("abstention doesn't say so or suggest commands:\n%s", text)
	}
	for _, q := range []string{"just got promoted to manager at the bank, any advice?", "I just got promoted to store manager. tips?",
		"are sonography techs paid well in texas",  // another job's pay, in a state
		"who won the world cup, germany or brazil", // two countries, no pay question
		"how do i lose 10 pounds", "10 years in the army, what level of fitness do i need",
		"I'm an assistant practice manager. How do I save money on flowers for my wedding?", // a level, but no pay question
		// Planning one's wedding, after years in our role (Batch 642).
		"I've been a practice manager for years and now I'm planning my wedding. Any tips for choosing a caterer on a budget?",
		// Another organisation's director (Batch 568).
		"how do I become a director of a nonprofit",
		// Another job's pay, all the question asks, after our role (Batch 622).
		"I'm a practice manager and my sister is a nurse in Texas. How much do nurses make there?",
		// Adopting a child, after our role (Batch 612).
		"I run a clinic and we're hoping to adopt a baby next year. How does the adoption process work?",
		// A child's major, a pet, after our role (Batch 609).
		"I run a clinic and my son just started college. How do I help him pick a major?",
		"I run a clinic and our office puppy keeps chewing patients' shoes. How do I train her?",
		// One's own rent and a cheaper town, after our role (Batch 604).
		"my practice manager salary is ok but rent keeps going up. should I move to a cheaper town?",
		// A child quitting something, after our role (Batch 600).
		"I run a practice and my daughter wants to quit piano. how do I handle it?",
		// One's own records, an MBA for another line of work (Batch 599).
		"can our practice manager see my medical history",
		"would an MBA help me build a career in consulting",
		// Another manager's pay in a US state (Batch 588).
		"how much does a pharmacy manager make in florida",
		// A client's own new business (Batch 587).
		"My client wants to open a franchise gym. What licenses does she need?",
		// Another program's prerequisites, after managing a clinic (Batch 586).
		"I manage a clinic and I'm thinking about going back to school for nursing at night. How hard are nursing prerequisites like anatomy?",
	} {
		if r := ask(t, q); !r.Abstained {
			t.Errorf("%q: answered %v; it is not about this job", q, r.Answers)
		}
	}
	for _, q := range []string{"salary france", "salary narnia"} {
		// No figures for it: an abstention, or the closest passage saying it is only
		// that, and either way the salary commands that do have figures.
		r = ask(t, q)
		text := bot.Text(r)
		if !r.Abstained && !strings.Contains(text, "no salary figures for that") {
			t.Errorf("%s: answered without saying the guide has no figures:\n%s", q, text)
		}
		if !strings.Contains(strings.Join(r.Suggestions, " "), "salary uk") {
			t.Errorf("%s: suggestions %v don't list the countries with figures", q, r.Suggestions)
		}
	}
	for _, q := range []string{"salary negotiation", "salary benefits"} {
		// A pay question that isn't a place is answered without that caveat.
		if text := bot.Text(ask(t, q)); strings.Contains(text, "no salary figures") {
			t.Errorf("%s: told there are no figures for a question about pay:\n%s", q, text)
		}
	}
}

func TestTooLong(t *testing.T) {
	r := ask(t, strings.Repeat("salary ", 400))
	if r.Command != "too-long" || len(r.Answers) != 0 {
		t.Errorf("got %+v", r)
	}
}

func TestTipsCiteTheirSection(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		r := ask(t, "tip")
		if len(r.Answers) != 1 || len(r.Sources) != 1 || r.Sources[0] == "" {
			t.Fatalf("tip reply: %+v", r)
		}
		seen[r.Answers[0].ID] = true
	}
	if len(seen) < 10 {
		t.Errorf("200 tips drew only %d distinct ones", len(seen))
	}
}

// TestConcurrentAnswers runs the coach from many goroutines; `go test -race` (as in
// .ci/run) turns any shared-state bug into a failure.
func TestConcurrentAnswers(t *testing.T) {
	c := coach(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, q := range []string{"salary senior", "tip", "can I work from home?", "faq 3", "zzz"} {
				c.Answer(context.Background(), bot.Request{Text: q, User: string(rune('a' + i))})
			}
		}()
	}
	wg.Wait()
}

// TestGolden renders replies as plain text (terminal and chat fallback) and compares
// them with testdata/golden; run `go test ./bot -run Golden -update` after a deliberate
// change.
func TestGolden(t *testing.T) {
	for name, text := range map[string]string{
		"salary":        "salary",
		"salary-senior": "salary senior",
		"salary-uk":     "salary uk",
		"path-regional": "path regional",
		"faq":           "faq",
		"skills-soft":   "skills soft",
		"remote":        "can I work from home?",
		// The rendering of two answers: "the median pay", not "the pay", whose first
		// answer is a near tie of the learned model that batches of questions move.
		"two-questions": "whats the median pay and do i need a degree",
		"abstain":       "what's the weather in Paris?",
		"help":          "help",
	} {
		t.Run(name, func(t *testing.T) {
			got := bot.Text(ask(t, text))
			path := filepath.Join("testdata", "golden", name+".txt")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", text, path, got)
			}
		})
	}
}

// FuzzAnswer drives the whole answer path (grammar, search, rendering) with any text:
// it must never panic (a recovered panic shows as the "error" command), and an answer
// must cite its source.
func FuzzAnswer(f *testing.F) {
	for _, s := range []string{"salary senior", `"`, "*", "?", ":", "~", "(", "salary (senior", "faq \"remote",
		"😀 pay?", "path ~~ director", "ask", "ask ", "\x00\xff", "steps -1", "faq 99999999999999999999",
		strings.Repeat("a", 3000), "help me", "/mpm", "mpm?", "<@U123> hi"} {
		f.Add(s)
	}
	c := newCoach(f)
	f.Fuzz(func(t *testing.T, text string) {
		r := c.Answer(context.Background(), bot.Request{Text: text, Platform: "fuzz"})
		if r.Command == "error" {
			t.Fatalf("answer panicked on %q", text)
		}
		if len(r.Answers) > 0 && len(r.Sources) == 0 {
			t.Errorf("answer without a source for %q", text)
		}
		if bot.Text(r) == "" {
			t.Errorf("empty rendering for %q", text)
		}
	})
}
