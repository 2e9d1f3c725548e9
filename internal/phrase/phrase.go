// Package phrase holds the chat phrasings that both the search (index) and the bot's
// own intents read. Each is written once so the two read it alike: a question the
// bot leaves to search ("Should I look elsewhere?") must be the one search's rule
// answers.
package phrase

// IHold is how the asker says what they work as, before the job: "I'm", "I work as",
// "I've been".
const IHold = `\b(i'?m|im|i am|i work as|i'?ve been|i have been) `

// LookElsewhere asks whether to leave for advancement: "should I look elsewhere",
// "do I jump ship", "should I start applying elsewhere".
const LookElsewhere = `\b(should|do|would|must) i (look elsewhere|look somewhere else|leave|move on|go elsewhere|change jobs|switch (jobs|practices|employers)|jump ship|(start )?(apply|applying|looking) (elsewhere|somewhere else))\b`

// WhatElse asks what more to do to advance, at the end of a message: "What else
// should I be doing?".
const WhatElse = `\bwhat else (should|can|could|do) i (be )?(do|doing|try)( to (get promoted|move up|advance|stand out))?\W*$`

// InterviewAsks is what a question about an interview wants: the questions asked, or
// how to prepare.
const InterviewAsks = `\b(expect them to ask|ask me|will they ask|do they ask|questions|prepare|preparing|prep|get ready)\b`

// OtherOrgHead is a head of an organisation other than a medical practice ("a
// director of a nonprofit"): another job, though its title is one of our levels'.
const OtherOrgHead = `\b(directors?|ceos?|presidents?|heads?|coordinators?|chairs?|executive directors?) (of|at|for) (an? |the )?(nonprofit|non-profit|charity|ngo|church|school|museum|library|foundation|bank|hotel|restaurant|gym|university|college|startup|tech company|marketing agency|sales team)\b`

// NoOpening says there is no place to be promoted into where the asker works: "if
// there's no opening", "my manager isn't going anywhere". Advancing then takes a
// move, which is the guide's word, not the next level's description.
const NoOpening = `\b(if|when|since|because) there'?s? (is )?(no|not an?) (opening|openings|spot|room|position|vacancy|role)( above me)?\b|\b(isn'?t|is not|aren'?t) going anywhere\b`

// LongRun weighs a choice by where it leads: "which one would be better long term",
// "for my career". Said after pay, it asks where a job leads, not what it pays.
const LongRun = `(long[- ]term|longer[- ]term|in the long run|long run|down the road|for my career|career[- ]wise|for my future)`

// StayOrGo weighs staying where one is against moving on: "should I stay for the
// comfort or look at bigger groups?", "is it time to move on?". Advancing takes a
// move, the guide says; told beside one's pay, it is still not a pay question.
const StayOrGo = `\bshould i (stay|stick it out|stay put|keep going)\b[^?.!]*\bor\b[^?.!]*\b(bigger|larger|elsewhere|move on|moving on|leave|leaving|look|looking|go|switch|jump)\b|\bis it time (for me )?to (move on|leave|go elsewhere|look (elsewhere|around|at (bigger|larger) \w+|for something (bigger|else))|jump ship)\b`

// PassedOver is being passed over for promotion: "keeps getting passed over". What
// advancement depends on answers it, not the level the asker holds.
const PassedOver = `\b(keep |kept |keeps )?(getting |being )?(passed over|overlooked|skipped over)( for (a |the )?promotions?)?\b`

// BossSays is the asker's boss, by title, telling them something: "my director keeps
// telling me I need to think about value-based care". The title is a person, not a
// level of the role asked about.
const BossSays = `\b(my|our) (director|regional (manager|director)|senior (practice )?manager|practice manager)( of operations)? (keeps|kept|says|said|told|tells|wants|wanted|thinks|asked|asks|suggested|suggests|recommended|recommends|insists|insisted)\b`

// SteamrolledBy is the asker pushed around by the physicians or owners: "how do i not
// get steamrolled by the docs". Holding one's ground with them is the job's
// leadership, not a level's entry. (By anyone else, "does my boss push me around",
// it is the asker's own matter.)
const SteamrolledBy = `\b(steamroll\w*|pushed around|walked all over|railroaded|run over|bulldozed) by (the |my |our )?(docs|doctors|physicians|providers|owners|partners)\b`

// SoSoMid is "mid" as slang for so-so: "the pay lowkey mid or nah". It names no
// level, though "mid" is the Manager level's alias.
const SoSoMid = `\b(lowkey|low key|kinda|kind of|pretty|so|mad|hella|super|just|is|it'?s|its|lookin|looking) mid\b`
