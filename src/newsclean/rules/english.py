"""English rules: the common furniture of English-language news and blog pages."""

from __future__ import annotations

from ..model import Label
from ..patterns import DATE_WITH_TIME, MONTHS, NAME, TIME
from .base import RegexRule

RULES = [
    RegexRule(
        name="en.related.read_more",
        label=Label.RELATED,
        doc="'Read more: <headline>' and friends link to other stories, bracketed or not: '[Related: ...]'.",
        # (a headline alone in square brackets links to it: '[Maryland’s aging bridges face a repair backlog]')
        # (or two sentences, the second the deck, with its full stop: '[The aquifer is running out. Here's why.]')
        pattern=r"\[(?=(?-i:\p{Lu})[^\[\]:]{15,200}[^.:\]]\]$|(?-i:\p{Lu})[^\[\]:.]{10,120}\.\s(?-i:\p{Lu})[^\[\]:.]{10,120}\.\]$)"
        r"|\[\s*more\s*:\s*(?=\p{Lu})|read more(?=\p{Lu}\p{Ll})|(?:»\s?)?[\[(]?\s*(?:(?:read|see|watch|listen)(?: (?:more|also|next|this|the full story))?\s*:|read next\b|also read\s*[|:]|go deeper\s*:|don'?t miss\s*:"
        r"|related(?: (?:post|article|story|reading|video)s?)?\s*[:|]|also\s*:\s*(?:see|read|watch)\b|check out\s*:\s*(?=[\p{Lu}\d])"
        # a magazine's link to its print issue or its archive: 'From the September 2023 issue: <headline>'
        r"|from (?:the|our) (?:\p{L}+ (?:\d{4} )?issue|archives?)\s*:)"
        # Gannett's in-body link: 'More: <headline>' (a headline: capitalised, no full stop)
        r"|more\s*:\s*(?=(?-i:\p{Lu})[^.!?]{10,200}[?!]?$)"
        r"|(?:more|also) on (?:this|that) (?:story|topic)\s*:?|on [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk)\s*:\s*\S|recommended for you$|you (?:may|might) (?:also )?(?:like|enjoy)\b",
        max_chars=300,
        matches=("Don't miss: How dollar stores became the fastest-growing retailers in rural America", "[Maryland’s aging bridges face a $1.4 billion repair backlog, state audit finds]", "[The Rio Grande is running dry. Here’s what that means for farms.]", "Go deeper: Colfax bus rapid transit line pushed back to 2027", "Read more: Why the Fed is worried", "READ MORE:", "Related: Budget talks stall", "» READ MORE: A Port Richmond pierogi shop closed after 40 years", "Read moreAs snow thins, French ski resorts bet on summer visitors", "Check out: 5 side hustles that pay more than a part-time job", "[ MORE: Where Young Adults Can Still Afford to Buy a Home ]", "RELATED STORY | Ashland commissioners approve $14 million water plant upgrade", "Read Next : Sherina Munaf", "You may also like",
                 "[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors ]",
                 "Related post: Pickled Brussels Sprouts Recipe", "Also: See Black Friday coverage at CNET",
                 "On HoustonChronicle.com: Car sales plunge nearly 17 percent in August",
                 "More: Michigan lawmakers propose $2,000 signing bonus for new school bus drivers",
                 "From the March 2024 issue: The end of the family farm", "From the archives: What the flood took"),
        ignores=("Read more carefully, the judge told the jury.", "Related parties must disclose their holdings.",
                 "More: the district said it would add routes next year.", "From the archives we learn little about her."),
    ),
    RegexRule(
        name="en.related.widget_header",
        label=Label.RELATED,
        doc="Headers of related-story widgets.",
        pattern=r"(?:related (?:articles?|stories|posts|content|coverage|news|links|reading)(?: from \S.{0,40})?|more (?:stories|from \S.{0,40}|news|in \S.{0,30}|like this)|"
        r"most (?:read|popular|viewed|shared|emailed|commented|recent)|trending(?: now| stories)?|top stories|latest (?:news|stories|articles|posts)|"
        r"editor'?s picks|popular (?:posts|stories|articles|now)|recent posts|recommended(?: stories| articles| reading| by (?:the )?editors?)?|what to read next|up next|"
        r"in other news|around the web|from the web|you might have missed|don'?t miss|must reads?|trending news|"
        r"more (?:top )?(?:stories|headlines|articles|videos)(?: from| on| in)?[^.!?]{0,40}|related|read these next|"
        r"related coverage[^.!?]{0,60}|elsewhere on [^.!?]{1,40}|related roundups?:[^.!?]{0,60}|buyer'?s guide:[^.!?]{0,60}|"
        r"read more|keep reading|continue reading|also read|recommended videos|popular (?:on|from) [^.!?]{1,30}|read more from [^.!?]{1,30}|in this section|"
        r"(?:most popular|recommended) on (?:[^.!?]|\.(?=\S)){1,40}|"
        r"(?:most read|most viewed|most popular|top stories|next up|next|latest|more stories|trending) in (?:[^.!?]|\.(?=\S)){1,30}(?:(?<=\p{Lu})\.)?|more on [^.!?]{1,40}|on our radar|also worth reading|"
        # a section's own list: 'Most Read Climate & Environment' (The Washington Post)
        r"most read (?-i:\p{Lu})[\p{L}&,' ]{2,40}|"
        r"more (?!than\b)(?:[^\s.!?]+ ){1,3}(?:stories|news)|more (?:recipes|features|guides|reviews|podcasts|galleries|opinion)|"
        r"featured videos?(?: of the day)?|read this next|explore further|read more from this author|go deeper|top picks(?: for you)?|picked for you|"
        r"also on [\w.-]{2,20}|related to this story|watch now: related video|our latest (?:stories|news|articles)|top headlines|explore more|"
        r"more about [^.!?]{1,40}|more \p{L}+ from [^.!?]{2,40}|recommended by our editors|read the latest from [^.!?]{2,40}|must read stories|the latest|related from [^.!?]{2,30}|popular in [^.!?]{2,30}|popular content|more news from [^!?]{2,40}?)\s*(?::|\.\.\.|…)?$"
        r"|more\s*:$|editors?['’]?s? picks$|(?:[«‹<]\s*)?(?:next|previous|older|newer) (?:article|story|post|entry)(?:\s*[»›>])?$|popular videos$|recommended from [^.!?]{1,30}$|(?:also|more) from this source$",
        matches=(
            "Related Articles", "Most Read", "More from Business", "Trending Now", "Recent Posts", "More Local News", "Most Read Health & Science",
            "Related coverage from How to Do Everything: Money:", "Elsewhere on pv magazine...",
            "Most read in world news", "Most Viewed in National", "Next In Metro News", "Also worth reading", "Next Up In Science & Health", "More Great WIRED Stories", "More:",
            "Editors' Picks", "More on Slate Book Review", "Previous Post", "Next Post »", "Also Read", "Popular From Pune", "Most Popular on bostonglobe.com", "Recommended on Chicago Tribune", "Trending in U.S.", "On Our Radar", "Read more from Sky News:", "IN THIS SECTION",
            "Go deeper", "Top Picks For You", "ALSO ON PATCH:", "Related to this story", "Watch Now: Related Video", "Our Latest Stories", "Top Headlines",
            "More NFL from Sports Illustrated", "Recommended by Our Editors", "Read the latest from Callum Reyes", "Must Read Stories", "More about missions", "The Latest", "Related From Slate", "Popular in News", "Popular content", "More News From Corvane Systems, Inc.",
        ),
        ignores=(
            "More from the interview appears below, edited for length.", "More than 300 stories",
            "More on that later.", "More", "Top stories in the region were about the storm, she said.",
        ),
    ),
    RegexRule(
        name="en.share.prompt",
        label=Label.SHARE,
        doc="Share prompts and counters.",
        pattern=r"(?:share|share this(?: article| story| post| page)?(?: about sharing)?|share on \w+|tweet|pin it|email this|print this(?: article| page)?|"
        r"click to (?:share|email|print)[^.]{0,60}|share (?:this )?(?:(?:article|story) )?(?:via|on|to) \w+|share all sharing options(?: for: [^\n]{1,200})?|shares|share this with(?: (?:email|facebook|messenger|twitter|pinterest|whatsapp|linkedin))*|copy (?:this )?link(?:\s*(?:url|link) copied!)?|(?:url|link) copied!|show more sharing options|(?:share )?close extra sharing options|close share panel|like this|like loading\.*|share full article|gift (?:this )?(?:article|story)|read later|social sharing|sharing is caring!?|pin (?:it|this) for later!?|share or comment on this article|save(?: (?:this )?(?:article|story|for later))?)\s*:?$|\d+\s+shares?$"
        r"|these are external links and will open in a new window"
        # Gannett's share box until 2019, with its confirmations
        r"|let friends in your social network know what you are reading about|a post shared from \S+|sent!|posted!"
        r"|a link has been (?:sent to your friend'?s email address|posted to your facebook feed)\.?$"
        r"|(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\?\s*share it\b[^.!?]{0,40}[.!]?$"
        r"|(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\?\s*subscribe to\b[^.!?]{1,60}[.!]?$",
        matches=(
            "Share this article", "Share on Facebook", "Click to share on Twitter (Opens in new window)", "12 shares", "Save", "Save this story", "Copy Link URL Copied!", "Link copied!", "Show more sharing options", "Share Close extra sharing options",
            "Share this on WhatsApp", "Gift this article", "READ LATER", "Social Sharing", "Sharing is caring!", "Pin it for later!", "Like this story? Share it with a friend!", "Like this story? Subscribe to CNBC Make It on YouTube!", "Share to Linkedin", "Copy this link", "Close share panel", "Share this story About sharing", "Like this:", "Like Loading...",
            "These are external links and will open in a new window",
            "Let friends in your social network know what you are reading about", "A post shared from freep.com", "Posted!",
            "A link has been posted to your Facebook feed.", "Share Article via Facebook", "Share All sharing options",
        ),
        ignores=("Share prices fell sharply on Monday.", "Like this story? Many readers did, and they wrote to us.",
                 "A link has been found between the two outbreaks, officials said."),
    ),
    RegexRule(
        name="en.subscribe.signup_consent",
        label=Label.SUBSCRIBE,
        requires=("by signing", "by submitting", "by subscribing", "by registering", "by entering", "by clicking", "constitutes agreement"),
        doc="The consent printed under a sign-up form: 'By signing up, you acknowledge and agree to our Privacy Policy "
        "and Terms of Service. You may unsubscribe at any time ...'. It runs long, with the reCAPTCHA notice after it.",
        pattern=r"by (?:signing up|submitting your (?:information|email|details)|subscribing|clicking (?:subscribe|sign up))\b(?=[^\n]{0,240}\b(?:privacy|terms)\b)[^!?]{0,420}$"
        r"|by (?:signing up|subscribing|registering|entering your email|clicking [^.]{1,30})\b[^.]{0,80}\byou (?:agree|accept|acknowledge|consent)"
        # (BLOX's box: '* I understand and agree that registration on or use of this site constitutes agreement to its user agreement ...')
        r"|\*?\s?i understand and agree that registration on or use of this site constitutes agreement\b[^!?]{0,120}$",
        max_chars=480,
        matches=(
            "By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.",
            "By signing up, you agree to our Privacy Policy and Terms of Use.",
            "By clicking Subscribe, you acknowledge that your data will be handled as described in our notice.",
            "* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.",
            "By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time by "
            "following the directions at the bottom of the email or by contacting us here. This sign-up form is protected by reCAPTCHA "
            "and the Google Privacy Policy and Terms of Service apply.",
        ),
        ignores=("By signing up the striker on a free transfer, the club saved millions.",),
    ),
    RegexRule(
        name="en.subscribe.newsletter",
        label=Label.SUBSCRIBE,
        doc="Newsletter and subscription calls to action.",
        pattern=r"(?:sign up|subscribe|get|join)\b.{0,80}\b(?:newsletter|briefing|inbox|updates|alerts|digest|by e-?mail)\b|subscribe(?: now| today)?\s*[.!]?$|"
        # a sign-up form's fields and button, and the member's pitch
        r"(?:your |enter (?:your )?)?e-?mail(?: address)?\s*\*?$|employer\s*\*?$|job title\s*\*?$|sign me up!?$|"
        r"support (?:local |independent )?journalism by becoming a member\b[^!?]{0,40}$|"
        # (the paywall under the comments: 'Subscribe to comment and get the full experience. Choose your plan →')
        r"subscribe to comment\b[^!?]{0,80}(?:choose your plan\b.{0,3})?$|"
        r"(?:sign in|log in|register)(?: to (?:comment|continue|read)[^.]{0,40}| to (?:your|my) [^.]{1,30} account)?\s*$|"
        r"already (?:a )?(?:subscriber|have an account)|follow us on\b|follow the (?:topics (?:with)?in|author of) this article|you are (?:signed|logged) in as\b|"
        r"follow\b[^.!?]{0,60}\bon (?:facebook|twitter|instagram|youtube|tiktok|linkedin|threads|x)\b[^!?]{0,160}$|"
        # a broadcaster's regional call: 'Listen to highlights from West Yorkshire on BBC Sounds, ...'
        r"listen to [^.!?]{2,60} on (?:bbc sounds|spotify|apple podcasts)\b|"
        r"download (?:the|our) app\b|"
        r"thanks? (?:you )?for (?:subscribing|signing up)|enter your email|your email address$|"
        r"this article is (?:for|available to) subscribers|want more stories like this\??$|every (?:day|week) we send|"
        r"follow topics and authors from this story\b|get full access to (?:all )?(?:our )?premium (?:articles|content|stories)\b|"
        r"let (?:our|the) news meet your inbox\b|"
        r"no spam\b|(?:you can )?unsubscribe at any time|we(?:'ll| will) never share your|"
        r"sign up (?:for|to) [^.!?,]{1,40}$|sign up(?: now| today| free)?\s*[.!]?$|(?:click (?:here )?to )?subscribe to [^.!?]{1,80}[.!]?$|"
        r"(?:you have|you've) (?:been )?succe?ss?fully subscribed|there was (?:a|an) (?:problem|error) (?:subscribing|signing you up)|"
        r"see all newsletters$|check the opt-in box|keep an eye on your inbox|we have more newsletters$|"
        # (the buttons of Reach's sign-up box: 'Show me', 'See our privacy notice')
        r"show me$|see our privacy notice$|"
        r"sign up (?:for|to) (?:the|our) (?:free )?(?:(?:(?-i:[\p{Lu}\d])[\w’'&+-]*|from|of|the|and|on|in|free)\s){1,8}email\b|get (?:our|the) (?:free )?[^.!?]{1,40} email$|"
        r"i would like to be emailed about\b|"
        r"invalid email(?: address)?\.?$|could not subscribe, try again later|please enter a valid email(?: address)?\.?$|we use your sign-?up to provide content\b|"
        r"(?:stay|keep) (?:up to date|up-to-date|informed|in the loop)(?: with [^.!?]{1,40})?\s*[.!]?$|no,? thanks?\s*[.!]?$|"
        r"subscribe\s+no,? thanks|join (?:the|our) [^.!?]{1,40} newsletter\s*[.!]?$|"
        r"(?:log in|sign in),? register,? or subscribe to save [^.!?]{1,40}[.!]?$|unlimited digital access\b[^.!?]{0,40}[.!]?$|"
        r"find out what'?s happening in\b[^!?]{1,60}\bupdates from\b[^!?]{1,30}$|by subscribing,? you (?:can |will )?help\b[^!?]{0,80}$|keep up with [^!?]{1,80}\b(?:alerts|newsletters?|news wrap)\b[^!?]{0,40}$|since you['’]re here\b[^!?]{0,200}$|(?:(?:…|\.\.\.)\s*)?we have a small favou?r to ask\b[^!?]{0,400}$|support my work with a (?:digital )?subscription\b[^!?]{0,20}$|"
        r"breaking news emails$|contact me with news and offers from other [^.!?]{1,30}$|receive email from us on behalf of our trusted partners\b[^.!?]{0,30}$|get latest [^.!?]{1,40} news along with\b[^!?]{0,80}$",
        max_chars=260,
        matches=(
            "Your Email", "Enter email address", "Job Title", "Sign Me Up", "Support local journalism by becoming a member.",
            "Sign up to The Courier’s free Weather email for the week ahead",
            "Click to subscribe to the Morning Briefing wherever you get your podcasts",
            "Get a free daily digest of the most important news in your backyard with Axios Denver.",
            "Subscribe to comment and get the full experience. Choose your plan →",
            "Sign up for our daily newsletter", "We have more newsletters", "Show me", "See our privacy notice", "Invalid Email", "Could not subscribe, try again laterInvalid Email", "Get our free View from Westminster email", "Subscribe", "Sign In", "Follow us on Twitter", "Enter your email",
            "Sign up to First Edition", "Sign up for The Morning Brief",
            "Sign Up", "Subscribe to AppleInsider on YouTube", "You have been successfully subscribed!",
            "See All Newsletters", "Stay up to date with Ascom.", "No thanks", "Subscribe No thanks",
            "Join the IGN Deals Newsletter.",
            "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "Follow the author of this article",
            "Follow BBC Yorkshire on Facebook, X and Instagram. Send your story ideas to yorkshire@bbc.co.uk or via WhatsApp on 0808 100 2230.",
            "Listen to highlights from West Yorkshire on BBC Sounds, catch up with the latest episode of Look North.",
            "Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.",
            "Let our news meet your inbox.", "You are signed in as", "Follow me on Twitter or LinkedIn. Check out my website.",
            "Log in, register or subscribe to save articles for later.", "Unlimited Digital Access: $1 for 6 months.",
            "Find out what's happening in Napervillewith free, real-time updates from Patch.", "By subscribing, you can help us get the story right.",
            "Keep up with stories of the day with our lunchtime news wrap and important breaking news alerts.",
            "Since you're here ...", "... we have a small favour to ask. More people are reading the Guardian than ever.", "Support my work with a digital subscription", "Breaking News Emails",
            "Contact me with news and offers from other Future brands", "Receive email from us on behalf of our trusted partners or sponsors",
            "Get The Times of Israel's Daily Edition by email and never miss our top stories",
            "Get Latest Pune News along with Latest News and Top Headlines from India and around the world.",
            "Get more Colorado news by signing up for our Mile High Roundup email newsletter.",
        ),
        ignores=(
            "Subscribers to the service complained about prices on Monday, the company said.",
            "Sign up for the course closes on Friday, officials said.",
            "Subscribe to the idea that markets always win, and you will be disappointed. Many did.",
            "Stay up to date with the news, the minister urged, as the storm approached the coast.",
        ),
    ),
    RegexRule(
        name="en.ad.label",
        label=Label.AD,
        doc="Ad slot labels.",
        pattern=r"(?:advert(?:isement)?|advertising|sponsored(?: content| links?| stories)?|paid (?:content|post|partner)|ad|ads by \w+|promoted(?: stories| content)?|"
        r"story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|skip advert|report this ad|"
        r"continue reading the main story|sponsor message)\s*[.:]?$"
        # (Reuters: 'Advertisement · Scroll to continue')
        r"|advertisement\s*[·|•-]\s*scroll to continue$|skip advertisement$|ad feedback$"
        # the paid teasers' header: 'Paid Partner Content'
        r"|paid partner content$|(?:more )?from our (?:partners|sponsors)$|partner content$|advertise with [\w.&-]{2,20}\.?$",
        matches=("Advertisement", "Advert", "Story continues below advertisement", "Sponsored Content", "AD", "Advertisement · Scroll to continue", "SKIP ADVERTISEMENT",
                 "Ad Feedback", "Paid Partner Content", "From our partners", "Advertise with NZME."),
        ignores=("Advertising revenue rose 5% in the quarter.", "Adverts for the show ran for weeks."),
    ),
    RegexRule(
        name="en.credit.photographer_for",
        label=Label.CREDIT,
        requires=(" for ",),
        doc="A photographer's credit alone on its line, naming the paper they shot for: 'Jenna Lindqvist for TIME', "
        "'Tobias Wendt for NPR', 'Maren Ostby for The Washington Post'.",
        pattern=r"(?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}\sfor\s(?:The\s\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,3}|\p{Lu}{2,}(?:\s\p{Lu}{2,})?))$",
        matches=("Jenna Lindqvist for TIME", "Tobias Wendt for NPR", "Maren Ostby for The Washington Post"),
        ignores=("Senator Calls for Calm", "Residents Vote for The Plan to Build", "Jenna Lindqvist for mayor"),
    ),
    RegexRule(
        name="en.credit.photographer_email",
        label=Label.CREDIT,
        requires=("@",),
        doc="A photographer's credit alone on its line, the name and the address (McClatchy papers): "
        "'Paul Yarrington-Lee pyarringtonlee@sacbee.com'.",
        pattern=r"(?!by\s)(?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
        matches=("Paul Yarrington-Lee pyarringtonlee@sacbee.com", "Pedro Ferreira-Nash pferreiranash@miamiherald.com"),
        ignores=("By Paul Lee plee@sacbee.com", "Email the newsroom: news@sacbee.com", "Contact us at tips@example.com"),
    ),
    RegexRule(
        name="en.other.science_footer",
        label=Label.OTHER,
        requires=("provided by", "citation:", "subject to copyright", "more information:"),
        doc="The block under a science news story (Phys.org and its sister sites): 'More information: <paper>', "
        "'Provided by <institution>', 'Citation: <headline> (2019, November 19) retrieved ...', 'This document is subject to copyright.'",
        pattern=r"provided by [^.!?]{2,80}$|citation:\s[^\n]{10,400}\bretrieved\b[^\n]{0,200}$|this document is subject to copyright\b[^\n]{0,300}$"
        r"|more information:\s[^\n]{10,600}$",
        max_chars=900,
        matches=(
            "Provided by Harlan State University",
            "Citation: Ground beetles show restored prairies need decades to recover (2019, November 19) retrieved 20 November 2019 from https://phys.org/news/2019-11-beetles.html",
            "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.",
        ),
        ignores=("Provided by the state, the money will pay for two new buses, the mayor said.",),
    ),
    RegexRule(
        name="en.consent.cookies",
        label=Label.OTHER,
        doc="Cookie and consent banners.",
        pattern=r"(?:we|this (?:site|website)) uses? cookies\b|by (?:using|continuing to use) (?:this|our) (?:site|website)|"
        r"(?:accept|reject|manage)(?: all)? cookies|cookie (?:policy|settings|preferences)$|privacy (?:policy|notice|settings)$|"
        # an embed held back for consent (Sky News): 'This content is provided by X, which may be using cookies ...'
        r"this content is provided by [^,]{1,40}, which may be using cookies\b|unfortunately we have been unable to verify if you have consented\b|"
        r"terms (?:of (?:use|service)|and conditions)$|do not sell my (?:personal )?info|"
        r"(?:necessary|functional|analytics|performance|advertisement) always enabled$|privacy overview$|"
        # an embed's consent buttons (Sky News): 'Enable Cookies', 'Allow Cookies Once'
        r"(?:enable|allow) cookies(?: once)?$",
        max_chars=1500,
        matches=("This content is provided by X, which may be using cookies and other technologies.", "We use cookies to improve your experience.", "Accept all cookies", "Privacy Policy", "Terms of Use", "Allow Cookies Once"),
        ignores=("Privacy policy changes were debated in parliament on Monday.",),
    ),
    RegexRule(
        name="en.comment.section",
        label=Label.COMMENT,
        doc="Comment sections: headers, counters and forms.",
        pattern=r"(?:new,\s*)?(?:\d+\s+)?(?:comments?|responses?|replies)(?: \(\d+\)| \(\+\))?\s*:?$|(?:leave|post|add|write) a (?:comment|reply|response)|"
        r"(?:view|show|hide|load|see) (?:all )?(?:\d+ )?comments|join the (?:conversation|discussion)|comments are closed|"
        r"be the first to comment|you must be logged in to post a comment|cancel reply$|reply$|(?:\d+\s+)?likes?$|"
        # the comment form of the Newspaper theme for WordPress, in its English strings on any site
        r"(?:tinggalkan balasan\s+)?cancel reply$|please enter your (?:comment|name|email address)(?: here)?\s*!?$|you have entered an incorrect email address!?$|"
        r"\[\s*\d+\s+comments?\s*\]$|(?:top|most) (?:rated|liked|recent|popular|recommended) comments$|\(?view all\)?$|"
        r"rating:\s*[\d,]+\s+votes?$|your email address will not be published|required fields are marked|"
        r"(?:name|email|website|comment)\s*\*$|(?:blog )?comments powered by|please be (?:respectful|mindful)|"
        r"as you comment\b|comment policy|community (?:standards|guidelines)$|post comment$|notify me of|recent comments$|"
        r"comment on this (?:story|article|post)$|discussion about this (?:post|article|story)$|start (?:a|the) conversation$|"
        r"comments?\s+\d+$|share what you think|(?:the )?comments? (?:below )?(?:have|has) not been moderated|"
        r"the views expressed in the contents above are those of our users|"
        r"tell us what you think\b[^!?]{0,40}[.!?…]*$|let us know (?:what you think|in the comments)\b|share your thoughts\b[^.!?]{0,40}[.!?]?$",
        matches=(
            "Please enter your comment!", "You have entered an incorrect email address!", "TINGGALKAN BALASAN Cancel reply",
            "Leave a Reply",
            "12 Comments",
            "Join the conversation",
            "Comments are closed.",
            "Reply",
            "[ 167 comments ]",
            "Your email address will not be published. Required fields are marked *",
            "Name *",
            "Tell us what YOU think...",
            "Comments 3", "Share what you think", "The comments below have not been moderated.", "Recent Comments",
            "Discussion about this post", "Start a Conversation", "New, 23 comments",
        ),
        ignores=("Comments made by the minister drew criticism on Monday.", "Tell us what you think about the plan, the mayor asked voters on Monday, and they did."),
    ),
    RegexRule(
        name="en.comment.thread_header",
        label=Label.COMMENT,
        doc="The header a blog prints over its readers' comments, naming the post: '10 thoughts on “Title”'. "
        "Only comments follow it, so the article cannot run on past it.",
        requires=("thought", "response", "comment", "repl"),
        pattern=r"(?:one|\d+) (?:thoughts?|responses?|comments?|replies) (?:on|to) [“\"‘'«]",
        closes=True,
        matches=("6 thoughts on “How to Adopt an Online Leader Success Mindset”", "One Response to \"Why we moved\""),
        ignores=("Two responses to the survey stood out.", "10 comments on the draft were sent back to the committee."),
    ),
    RegexRule(
        name="en.comment.attribution",
        label=Label.COMMENT,
        doc="The head of a reader's comment: 'Milan Griffes on September 12, 2018 at 4:47 pm said:', "
        "'Bob Smith says:'. Only a name or a user name says so: 'In a statement, the council said:' leads "
        "into a quote of the article.",
        requires=("said", "says", "wrote", "writes"),
        pattern=r"[^.!?]{2,60}\s(?:on|at)\s[^.!?]{4,40}\d{4}[^.!?]{0,25}\s(?:said|says|wrote|writes)\s*:?$"
        r"|(?!(?:he|she|they|it|we|i|you|who)\s)(?-i:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}|[\w.-]{2,30})"
        r"\s(?:said|says|wrote|writes)\s*:$",
        closes=True,
        matches=("Milan Griffes on September 12, 2018 at 4:47 pm said:", "Bob Smith says:", "jdadmin says:"),
        ignores=(
            "The minister said the plan would go ahead.", "In a statement, the council said:", "He said:",
            "The mayor told reporters on Monday that he said:",
        ),
    ),
    RegexRule(
        name="en.other.poll_result",
        label=Label.OTHER,
        requires=("%", "voter"),
        doc="Poll answers with their share of votes: 'Yes, the game is cool (29%, 1,186 Votes)'.",
        pattern=r"[^()]{1,120}\(\d{1,3}(?:\.\d+)?%,\s*[\d,.]+\s+votes?\)$|total voters?:?\s*[\d,.]+$",
        matches=("Yes, the game is cool (29%, 1,186 Votes)", "Total Voters: 4,110"),
        ignores=("Turnout was high (64%, a record) in the city.",),
    ),
    RegexRule(
        name="en.byline.role_description",
        label=Label.BYLINE,
        requires=("correspond", "reporter", "writer", "columnist", "editor", "redakt", "korrespond", "giornalista", "inviat"),
        doc="A writer's role printed under the name, in lower case: 'North of England correspondent'.",
        pattern=r"[^.!?]{1,50}\s(?:correspondent|reporter|staff writer|columnist|editor|correspondante?|corresponsal|"
        r"redakteurin|redakteur|korrespondentin|korrespondent|giornalista|inviato|inviata)$",
        case_sensitive=True,
        max_chars=70,
        matches=("North of England correspondent", "Senior reporter", "Lyon correspondante"),
        ignores=("The editor resigned on Monday after the row.", "Hariz Barak Editor"),
    ),
    RegexRule(
        name="en.other.author_bio",
        label=Label.OTHER,
        requires=("about ",),
        doc="The header of the author box under an article: 'About Jane Doe'.",
        pattern=r"about (?-i:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$",
        closes=True,
        matches=("About Brigit Katz",),
        ignores=("About 200 people attended the rally on Sunday.",),
    ),
    RegexRule(
        name="en.other.funding_note",
        label=Label.OTHER,
        requires=("solely responsible", "funders"),
        doc="A wire's note on who funds a beat, under the article: 'The Associated Press’ climate coverage receives "
        "financial support from multiple private foundations. AP is solely responsible for all content.'",
        pattern=r"[^!?]{0,120}\b(?:coverage|reporting|journalism)\b[^.!?]{0,40}\b(?:receives?|is supported by|is funded by|is made possible by)\b"
        r"[^!?]{0,300}\bsolely responsible for (?:all )?(?:the )?content\b[^!?]{0,200}$"
        # (a paper's sponsored desk: '... It is funded with the help of community sponsors ... Seattle Times
        # editors and reporters operate independently of our funders and maintain editorial control ...')
        r"|[^!?]{0,200}\bis funded (?:in part )?(?:with the help of|by)\b[^!?]{0,300}\bindependently of (?:our|its|their) funders\b[^!?]{0,200}$",
        max_chars=800,
        matches=("The Associated Press’ education coverage receives financial support from several private foundations. AP is "
                 "solely responsible for all content.",
                 "Traffic Lab is a Seattle Times project that digs into traffic issues. It is funded with the help of community "
                 "sponsors. Seattle Times editors and reporters operate independently of our funders and maintain editorial control.",),
        ignores=("The clinic's reporting receives support from the county, the mayor said.",),
    ),
    RegexRule(
        name="en.byline.role_after_dash",
        label=Label.BYLINE,
        requires=("correspondent", "writer", "reporter", "editor", "contributor", "columnist"),
        doc="A name and the writer's role after a dash (Smithsonian): 'Ellis Harwood - Daily Correspondent'.",
        pattern=rf"{NAME}\s[-–|]\s(?:(?:Senior|Daily|Staff|Contributing|Special|Chief|Deputy|Associate) )?(?:Correspondent|Writer|Reporter|Editor|Contributor|Columnist)$",
        case_sensitive=True,
        matches=("Ellis Harwood - Daily Correspondent", "Mara Quist | Staff Writer"),
        ignores=("Letters to the Editor", "Ask the Editor - Daily Correspondent Notes"),
    ),
    RegexRule(
        name="en.byline.date_then_by",
        label=Label.BYLINE,
        requires=(" by ",),
        doc="The time of the story, then its writer, on one line under the headline (MacRumors): "
        "'Tuesday March 11, 2025 9:41 am PDT by Hartley Vance'.",
        pattern=rf"(?i:{DATE_WITH_TIME})\s+by\s+{NAME}$",
        case_sensitive=True,
        matches=("Tuesday March 11, 2025 9:41 am PDT by Hartley Vance",),
        ignores=("Tuesday March 11, 2025 9:41 am PDT",),
    ),
    RegexRule(
        name="en.nav.quote_card",
        label=Label.NAV,
        doc="A stock's quote card set under the headline (The Motley Fool): its field labels and the time of the price. "
        "The article starts below it.",
        pattern=r"(?:market cap|today['’]s change|current price|day['’]s range|52[- ]week range|dividend yield|gross margin)$"
        r"|price as of\b[^!?]{4,50}$",
        matches=("Market Cap", "Today's Change", "Price as of November 14, 2024, 1:04 p.m. ET"),
        ignores=("Market capitalisation rose to a record on Monday.",),
    ),
    RegexRule(
        name="en.other.editorial_guidelines",
        label=Label.OTHER,
        requires=("editorial guidelines", "editorial policy", "editorial standards", "editorial process"),
        doc="A link to the site's editorial rules printed in the byline block (Dotdash Meredith): 'People Editorial Guidelines'.",
        pattern=r"[\p{L}.&' ]{1,30} editorial (?:guidelines|policy|standards|process)$",
        max_chars=60,
        matches=("People Editorial Guidelines", "Investopedia Editorial Policy"),
        ignores=("The paper changed its editorial policy after the scandal, the report said.",),
    ),
    RegexRule(
        name="en.other.author_card",
        label=Label.OTHER,
        requires=("covers ", "joined ", "previously "),
        doc="The points of a writer's card, printed without a subject under the name (ESPN): 'Covers the Cleveland "
        "Guardians and the AL Central', 'Joined ESPN in 2019', 'Previously covered the Indians for the Akron Beacon Journal'.",
        pattern=r"(?-i:Covers) (?:the )?[^.!?]{2,80}$|(?-i:Joined) \S+(?: \S+)? in (?:19|20)\d\d\.?$"
        r"|(?-i:Previously) (?:covered|wrote for|worked (?:at|for)|reported for)\b[^.!?]{2,80}$",
        max_chars=120,
        matches=("Covers the Cleveland Guardians and the AL Central", "Joined ESPN in 2019",
                 "Previously covered the Indians for the Akron Beacon Journal"),
        ignores=("Covers of the album were printed in red.", "Joined by his wife, he thanked the crowd in 2019 for its support."),
    ),
    RegexRule(
        name="en.other.author_sentence",
        label=Label.OTHER,
        requires=("writer", "reporter", "journalist", "editor", "correspondent", "contributor", "columnist", "fellow", "author", "blogger", "joined", "covers", "writes about", "written for"),
        doc="The sentence that presents the writer in an author box: 'Jane Doe is a reporter for ...'. The same "
        "words tell of journalists inside articles, so the segmenter keeps such a line in the body when prose "
        "stands on both sides of it.",
        # (after the writer's address, as The Seattle Times prints it: 'Name: x@site.com; Name covers ...')
        pattern=r"(?:[^:;@\n]{2,40}:\s*\S+@\S+;\s*)?(?:(?:[\w-]+\s+){0,2}(?-i:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s+(?:is|was|has been)\s+(?:an?|the)\s+"
        r"(?:[\w-]+\s+){0,6}(?:writer|reporter|journalist|editor|correspondent|contributor|columnist|fellow|author|blogger)\b"
        r"|(?-i:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s+(?:joined|covers|writes about|has written for)\s[^.]{0,60}"
        r"\b(?:magazine|newspaper|news|desk|times|post|journal|associated press|reuters|staff|newsroom)\b)",
        max_chars=600,
        closes=True,
        matches=(
            "Meg James is a corporate media reporter for the Los Angeles Times, covering television.",
            "Brigit Katz is a freelance writer based in Toronto.",
            "Emiliano joined pv magazine in March 2017.",
            "Laura Chen covers transportation for the Metro desk. More about Laura Chen",
            "Rhea Kalani: rkalani@seattletimes.com; Rhea Kalani covers transportation for The Seattle Times.",
            "NRO contributor Victor Davis Hanson is the Martin and Illie Anderson Senior Fellow at the Hoover Institution.",
        ),
        ignores=(
            "The mayor is a former reporter who covered city hall for a decade.",
            "McDonald joined the band in 1975 and initially remained in the lineup until 1982.",
        ),
    ),
    RegexRule(
        name="en.other.contributor_note",
        label=Label.OTHER,
        doc="A contributor's lines beside the byline: 'I write about ...', 'Opinions expressed by Forbes "
        "Contributors are their own.' (printed above the article too, so they do not close it).",
        pattern=r"i (?:write|cover|report) (?:about|on) (?!(?:it|this|that|them|him|her)\b)[^!?]{1,100}$|opinions expressed by [^.!?]{1,60} are (?:their|his|her) own\b",
        max_chars=200,
        matches=("I write about clean transport and the energy transition.", "Opinions expressed by Forbes Contributors are their own."),
        ignores=("I write about it because nobody else will, she said, and the council knows it.",),
    ),
    RegexRule(
        name="en.promo.membership",
        label=Label.PROMO,
        doc="Calls to support or join the publication, and gallery counters.",
        pattern=r"(?:like this article\??|we recommend|something to consider|learn more|support (?:our|independent) journalism|support us|"
        r"image \d+ of \d+|photo \d+ of \d+|slide \d+ of \d+)$|if you (?:enjoyed|liked|value) this (?:article|story|piece)\b"
        r"|your support (?:helps us|makes all the difference|means)\b[^!?]{0,120}[.!]?$",
        max_chars=400,
        matches=("Like this article?", "Image 1 of 5", "Your support helps us to tell the story", "If you enjoyed this article, we have a proposition for you: Join NRPLUS.", "LEARN MORE",
                 "Support us"),
        ignores=("We recommend that residents stay indoors, the mayor said.",),
    ),
    RegexRule(
        name="en.promo.metered_appeal",
        label=Label.PROMO,
        doc="A metered appeal's opening count: 'You’ve read 7 articles in the last year'. The appeal is set "
        "under the article, so its pitch (which reads as prose) is no part of the body.",
        pattern=r"you(?:['’]ve| have) read \d{1,4} articles? (?:in the (?:last|past) \w+(?: \w+)?|this (?:year|month|week))\W*$",
        closes=True,
        matches=("You’ve read 7 articles in the last year", "You have read 1 article this month"),
        ignores=("You have read 12 articles about the flood, and none of them mention the dam.",),
    ),
    RegexRule(
        name="en.promo.tip_box",
        label=Label.PROMO,
        requires=("tip", "hear from you"),
        doc="A newsroom's call for tips set between paragraphs: 'Got a Tip?' over 'Do you work at ...? "
        "We'd like to hear from you. Using a nonwork phone, contact us on Signal at ...'.",
        pattern=r"(?:got|have) a (?:news )?tip\??$"
        r"|[^!]{0,200}\bwe(?:['’]d| would) (?:like|love) to hear from you\b[^!]{0,300}\b(?:signal|securedrop|whatsapp|e-?mail)\b[^!]{0,200}$",
        max_chars=600,
        matches=("Got a Tip?", "Do you drive for a delivery app? We'd like to hear from you. Using a nonwork phone, contact "
                 "the reporter on Signal at lena.01."),
        ignores=("Got a tip from a neighbour, she drove to the lake that night.",),
    ),
    RegexRule(
        name="en.promo.watch_more",
        label=Label.PROMO,
        doc="A station's closing call that leads into an embedded playlist: 'Watch more local news:', "
        "'Watch the latest local news from ... in our YouTube playlist:'.",
        pattern=r"watch (?:more|the latest|all (?:the )?(?:latest )?)(?:[^.!?:]{0,80}?\b)?(?:news|videos?|stories|coverage)\b[^.!?:]{0,80}:$"
        r"|[^.!?:]{0,120}\bin our youtube playlist:$",
        max_chars=220,
        requires=("watch", "playlist"),
        matches=("Watch more local news:", "Watch the latest local news from the Twin Cities and across Minnesota in our YouTube playlist:"),
        ignores=("Watch more closely, the coach told his players before the final.", "Watch the latest news: the mayor will speak at noon."),
    ),
    RegexRule(
        name="en.promo.offers",
        label=Label.PROMO,
        doc="The site selling itself under a story: print subscriptions ('12 issues for £11.99'), its premium tier "
        "('... for as little as ...'), its forums and community groups ('Join our Space Forums ...').",
        pattern=r"[^.!?]{0,120}\b(?:\d+ issues for [£$€]\s?\d|delivered (?:to|through) your (?:door|letterbox|doorstep) every (?:week|month))"
        r"|[^.!?]{0,120}\bfor as little as (?:[£$€₹]|rs\.?\s?\d|inr)"
        r"|join our [^.!?]{0,40}\b(?:forums?|community|discord|facebook group)\b",
        max_chars=400,
        requires=("issues for", "delivered to your", "delivered through your", "for as little as", "join our"),
        matches=(
            "Get Trail Rider Monthly delivered to your door every month. 12 issues for £9.99.",
            "Get our premium market research for as little as $5 a month.",
            "Join our Astronomy Forums to talk about the night sky with other readers!",
        ),
        ignores=(
            "The paper printed 12 issues for free during the strike, the union said.",
            "Join our reporters as they follow the campaign across the state this autumn.",
        ),
    ),
    RegexRule(
        name="en.subscribe.newsletter_close",
        label=Label.SUBSCRIBE,
        doc="A newsletter's pitch that ends on the call to sign up for it: 'Start the day with a summary of "
        "the day's most important stories. Sign up for our Morning Edition newsletter.'",
        requires=("newsletter",),
        pattern=r"[^\n]{0,240}\b(?:sign(?:ing)? up|subscrib(?:e|ing)) (?:for|to) (?:our|the) (?:free )?[^.!?\n]{0,40}\bnewsletters?\s*[.!]?$",
        max_chars=300,
        matches=(
            "Start the day with a summary of the day’s most important and interesting stories, analysis and insights. Sign up for our Morning Edition newsletter.",
            "Want more? Subscribe to our free Climate newsletter",
            "Don't miss the biggest stories from Wales by signing up to our newsletter",
        ),
        ignores=(
            "More than 4,000 residents have signed up for the council's newsletter since March.",
            "Residents can sign up for the newsletter at the library, the mayor said on Monday.",
        ),
    ),
    RegexRule(
        name="en.subscribe.delivery_pitch",
        label=Label.SUBSCRIBE,
        requires=("delivered",),
        doc="A newsletter's pitch: 'The news and stories that matter, delivered weekday mornings.'",
        pattern=r"[^.!?]{0,80}\bdelivered (?:to your inbox )?(?:weekday|week ?day|daily) mornings?\b|[^.!?]{0,80}\bdelivered to your inbox every (?:morning|day|week)\b",
        max_chars=160,
        matches=("The stories that matter, delivered weekday mornings.",),
        ignores=("The parcels were delivered every morning by a driver from the depot, he said.",),
    ),
    RegexRule(
        name="en.subscribe.news_tip",
        label=Label.SUBSCRIBE,
        doc="The newsroom's call for tips under a story: 'Have a news tip? Email us at ...', 'Got a story idea? ...'.",
        pattern=r"(?:do you )?(?:have|got) a (?:news tip|story idea|story to (?:sell|share|tell)|tip for (?:us|our (?:newsroom|reporters)))\b[^.!?]{0,60}\?"
        r"|(?:do you )?(?:have|got) a tip\s*\?\s*(?:email|e-mail|contact|send|call|text|let us know)\b|send (?:us )?(?:your )?news tips to\b"
        # (the Sun's and Metro's closing boxes)
        r"|do you have a story for [^.!?]{2,40}\?|we pay for your stories!?$|contact our news team by emailing us at\b[^!?]{0,60}$"
        r"|for more stories like this,? check our [^.!?]{1,30} page\.?$",
        max_chars=300,
        matches=("Have a news tip? Email us at tips@example.com.", "Got a story idea? Let us know.", "Got a tip? Email the newsroom.",
                 "Do you have a story to sell? Get in touch with us at news@example.com.",
                 "Do you have a story for The Sun Online news team? Email us at tips@the-sun.co.uk", "We pay for your stories!",
                 "Contact our news team by emailing us at webnews@metro.co.uk.", "For more stories like this, check our news page."),
        ignores=("Have a tip for keeping pipes from freezing? The plumber did.", "Got a tip from a neighbour, police said."),
    ),
    RegexRule(
        name="en.other.author_contact",
        label=Label.OTHER,
        doc="How to reach the writer, under the story: 'Email Dana Hill at dhill@example.com or follow her @danahill.'",
        pattern=r"(?:email|e-mail|contact|reach)\s+(?:the (?:author|writer|reporter)|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+at\s+[\w.+-]+@[\w-]+\.[\w.]+"
        r"|(?:you can )?follow (?:him|her|them|the author) (?:on twitter |on x )?@\w+",
        max_chars=300,
        matches=("Email Dana Hill at dhill@example.com or follow her @danahill.",),
        ignores=("Email the council at least a week before the meeting, the clerk said.", "Contact Smith at the office if the boiler fails."),
    ),
    RegexRule(
        name="en.related.also_on",
        label=Label.RELATED,
        doc="A site's link to its own story set in the text: 'Also on example.com <headline>'.",
        pattern=r"also on [\w-]+\.(?:com|org|net|co\.uk|tv|news)\b\s*:?\s+(?=(?-i:\p{Lu}))",
        matches=("Also on example.com Farmers block roads as fuel prices climb",),
        ignores=("Also on example.com there was a report about the same vote.",),
    ),
    RegexRule(
        name="en.promo.click_here",
        label=Label.PROMO,
        doc="The site's call to get its app, or to read more of a section or of the site: 'CLICK HERE TO GET THE FOX NEWS APP', 'CLICK HERE FOR MORE US NEWS'.",
        pattern=r"click here to (?:get|download) (?:the|our) [^.!?]{1,40} app\s*[.!]?$|click here for more [^.!?]{1,40}\s*[.!]?$"
        r"|click here to read more (?:from|on) [^.!?]{1,40}\s*[.!]?$|get [^.!?]{1,40} on the go by clicking here\s*[.!]?$",
        max_chars=160,
        matches=("CLICK HERE TO GET THE FOX NEWS APP", "CLICK HERE FOR MORE US NEWS", "CLICK HERE TO READ MORE FROM THE WASHINGTON EXAMINER",
                 "GET FOX BUSINESS ON THE GO BY CLICKING HERE"),
        ignores=("Click here to get more information or download this game.",),
    ),
    RegexRule(
        name="en.byline.by_alone",
        label=Label.BYLINE,
        doc="'By' alone on its line, the writer's name on the next (the page's markup set them apart).",
        pattern=r"(?:by|written by|words by|story by)\s*:?$",
        matches=("By", "Written by"),
        ignores=("By the way", "Bylines"),
    ),
    RegexRule(
        name="en.byline.by",
        label=Label.BYLINE,
        doc="Bylines: 'By Jane Doe', 'Written by ...', 'Posted by ...', and the reviewer's credit that health "
        "sites print beside the writer's ('Medically reviewed by ...').",
        # (not the author card's buttons: 'Author email', 'Author twitter')
        # (nor a photo the writer supplied: 'Author provided (no reuse)', The Conversation's credit)
        pattern=r"(?!(?i:author)\s+(?:(?i:email|e-mail|twitter|facebook|instagram|linkedin|website|profile|bio)$|(?i:provided)\b))"
        r"(?i:by|written by|posted by|words by|story by|reporting by|edited by|researched by|(?:medically )?reviewed by|fact[- ]checked by|author)\s*:?\s+[\p{Lu}@a-z](?:[^.!?]|\.(?=\S)){1,100}(?:[ap]\.m\.|(?<=\s\p{Lu}\p{Ll}{1,3})\.)?$"
        # 'By' glued to the linked name: 'ByMaya Ellison,' (Forbes)
        r"|By(?=\p{Lu}\p{Ll})\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3},?$",
        case_sensitive=True,
        matches=("By Lauren Okafor / Calder Falls, Wis.", "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "By Jane Doe", "By JANE DOE and JOHN ROE", "Posted by admin", "Written by Sam Lee, Staff Writer", "Edited by: Louis Jacobson",
                 "By Amy Kuperinsky | NJ Advance Media for NJ.com", "ByMaya Ellison,",
                 "Medically reviewed by Dana Whitfield, MD — Written by Owen Marsh on March 3, 2024"),
        ignores=("By the end of the year, prices had doubled.", "By 2020 the plan was dead", "Author email", "Author provided (no reuse)"),
        # (a place abbreviated after the name: 'By Lauren Okafor / Calder Falls, Wis.')
    ),
    RegexRule(
        name="en.byline.and_name",
        label=Label.BYLINE,
        requires=("and ",),
        doc="The second writer on a line of their own, after the first one's card (The Verge): 'and Felix Otieno'.",
        pattern=rf"and\s+{NAME}$",
        case_sensitive=True,
        matches=("and Felix Otieno", "and Mariam Okafor-Jones"),
        ignores=("and More", "and then the rain came"),
    ),
    RegexRule(
        name="en.byline.and_agencies",
        label=Label.BYLINE,
        requires=("agencies",),
        doc="A byline that shares the story with the wires, without 'By' (The Guardian): 'Helena Marsh and agencies', "
        "'Guardian staff and agencies'.",
        pattern=rf"(?:{NAME}(?:,\s{NAME})*|\p{{Lu}}[\p{{L}}]+ staff)\s+and\s+(?:news\s+)?agencies$",
        case_sensitive=True,
        matches=("Ruth Calder and agencies", "Guardian staff and agencies", "Ruth Calder, Tom Abbey and agencies"),
        ignores=("Banks and agencies", "The ministries and agencies"),
    ),
    RegexRule(
        name="en.byline.wire_credits",
        label=Label.BYLINE,
        doc="A wire story's credits in brackets under its last paragraph: '(Reporting by Jane Doe in London; Editing by "
        "Mark Potter)'.",
        pattern=r"\((?:reporting|writing|additional reporting|compiled|editing) by\s[^()]{2,300}\)\.?$"
        # (Reuters in 2019 printed them without brackets, the editors always named)
        r"|(?:reporting|writing) by\s[^()]{2,240};\s*editing by\s[^();]{2,120}\.?$",
        max_chars=320,
        matches=(
            "(Reporting by Lotte Verhaegen in Antwerp; Editing by Helen Marsh and Peter Aldane)",
            "(Writing by Jane Doe; Editing by Mark Potter)",
            "Reporting by Terje Solberg; Additional reporting by Ola Berg; Editing by Mark Potter and Jan Harvey",
        ),
        ignores=("(Reporting by the BBC was cited in the lawsuit.) The judge disagreed.", "(Photo by Jane Doe)"),
    ),
    RegexRule(
        name="en.byline.reporting_from",
        label=Label.BYLINE,
        doc="Where the writers filed from, under the byline in place of a dateline (The New York Times): "
        "'Reporting from Tres Pozos, Ariz.'.",
        # (places keep their small particles: 'Vila da Gralha', 'Rio de Janeiro', 'Dar es Salaam')
        pattern=r"Reporting from\s(?:\p{Lu}[\p{L}'’.-]*(?:,?\s(?:(?:da|de|do|das|dos|del|di|la|le|es|al|el|upon|on)\s)?\p{Lu}[\p{L}'’.-]*){0,5})"
        r"(?:\sand\s\p{Lu}[\p{L}'’.-]*(?:,?\s(?:(?:da|de|do|del|la|es|el)\s)?\p{Lu}[\p{L}'’.-]*){0,5})?$",
        case_sensitive=True,
        matches=("Reporting from Tres Pozos, Ariz.", "Reporting from Kyiv, Ukraine", "Reporting from Rio de Janeiro",
                 "Reporting from London and Stratford-upon-Avon", "Reporting from Vila do Conde, Portugal"),
        ignores=("Reporting from the front lines is dangerous work.", "Reporting from Kyiv, she saw the damage."),
    ),
    RegexRule(
        name="en.credit.dots",
        label=Label.CREDIT,
        doc="A photo's credit as The New York Times prints it, on its own line: 'Credit...Rosalind Ek for The New York Times'.",
        pattern=r"Credit\.{3}\s?\S[^.!?]{1,80}$",
        case_sensitive=True,
        matches=("Credit...Rosalind Ek for The New York Times", "Credit... Doug Mills/The New York Times"),
        ignores=("Credit... is what the bank wants back.", "Credit cards were declined at the door."),
    ),
    RegexRule(
        name="en.tags.label",
        label=Label.TAGS,
        doc="Tag and topic lists.",
        pattern=r"(?:tags|topics|filed under|posted in|categories|category)\s*:|tags\s+#|(?:filed under|posted in)\s+\S|related topics$",
        max_chars=400,
        matches=("Tags: economy, budget", "Filed Under: Politics", "tags #Local Markets #Nifty #Sensex", "Posted in Bread, Sourdough", "Related topics"),
        ignores=("Topics of the meeting included trade.",),
    ),
    RegexRule(
        name="en.nav.new_tab_link",
        label=Label.NAV,
        requires=("new tab", "new window"),
        doc="Links that say they open a new tab, as screen readers are told: 'Careers, opens new tab'.",
        pattern=r"[^.!?]{1,60},? opens (?:in )?(?:a )?new (?:tab|window)\)?$",
        max_chars=90,
        matches=("Careers, opens new tab", "Acquire Licensing Rights, opens new tab"),
        ignores=("The museum opens a new window onto the city's past, the curator said.",),
    ),
    RegexRule(
        name="en.nav.furniture",
        label=Label.NAV,
        doc="Site furniture printed as words: 'Skip to content', 'Menu', 'Search', 'Home'.",
        pattern=r"(?:skip to (?:main )?(?:content|navigation)|menu|main menu|search|search for:?|home|close|open|toggle navigation|navigation|sections|"
        r"more|print edition|(?:view|see) all(?: news| stories| articles| posts)?|show more|back|next post|previous post|about us|contact us|contact|explore|"
        r"more releases from this source|news releases in similar topics|news provided by|see all from [^.!?]{1,40}|"
        # a follow box's link to a writer's or a topic's page (The Verge): 'See All by Ada Quintero', 'See All Streaming'
        r"see all (?:by )?(?-i:\p{Lu})[^.!?]{0,40}|"
        r"careers|advertise(?: with us)?|help|faq|sitemap|rss|all rights reserved\.?|your [^.!?]{1,20} account|my account|"
        r"sign out|log out|settings|topics you follow|(?:search & )?section navigation|site information navigation|site index|"
        # a follow button, and the header of the box of companies to follow (Reuters)
        r"follow|following|companies|view \d{1,3} more (?:stories|articles|posts)|"
        # a badge's image text by the writer's name (Patch): 'Verified Patch Staff Badge'
        r"verified (?:[\p{L}'’-]+ ){1,3}badge|"
        # the stamp of a wire story in place of a byline (The Independent): 'Via AP news wire'
        r"via [\p{L}.&' ]{2,30} news ?wire)\s*$"
        r"|(?:[«‹<]\s*)?(?:previous|prev|next|older|newer) (?:post|article|story|entry)(?:\s*[»›>])?"
        r"(?:\s+(?:[«‹<]\s*)?(?:previous|next|older|newer) (?:post|article|story|entry)(?:\s*[»›>])?)?$",
        matches=("Skip to content", "Menu", "Search", "About Us", "« Previous Post Next Post »", "Next Story ›", "Your CNN account", "Sign out", "Follow", "Companies", "View 3 more stories",
                 "Search & Section Navigation", "Site Index", "See All by Ada Quintero", "See All Streaming", "Verified Patch Staff Badge", "NEWS PROVIDED BY", "Via AP news wire"),
        ignores=("Search teams found the missing hikers on Monday.", "See all of them, she said."),
    ),
    RegexRule(
        name="en.credit.photo",
        label=Label.CREDIT,
        doc="Photo credits in English that say so: 'Photo by Jane Doe', 'Image copyright Getty Images', "
        "'Courtesy of Andrew Vaughan'.",
        pattern=r"(?:(?:staff|file|special|contributed) )?(?:photo(?:graph)?s?|photography|photo illustration|illustration|image|video|pictures?) "
        r"(?:by\s+(?-i:\p{Lu}[\p{L}.'’-]*(?:[ /&-]+(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the|via)){0,6})"
        r"(?:[.;,]\s+(?:photo|image|illustration|sources?)\b[^!?]{0,60})?\s*\.?|courtesy(?: of)?\s+[^!?]{1,60})$"
        r"|courtesy(?: of)? (?-i:\p{Lu})[^!?]{1,60}$"
        r"|image copyright\b[^!?]{0,80}$"
        # (the picture's source named so, The Motley Fool: 'Image source: Getty Images.')
        r"|(?:image|photo|picture) source\s*:\s*(?-i:\p{Lu})[^!?]{1,60}$"
        # A stock library's attribution and an author's own photo: 'Photo by Jonas Feld on Unsplash'.
        r"|photo by (?-i:\p{Lu})[^!?]{1,60} on (?:unsplash|pexels|pixabay|flickr)$|(?:photo|image) by the author\.?$",
        max_chars=160,
        matches=(
            "Photo by David Dyer-Bennet", "Photo illustration by Slate. Photo by David Dyer-Bennet.", "Image copyright Getty Images",
            "Courtesy of Andrew Vaughan", "Photo courtesy of the family", "Photo by Jonas Feld on Unsplash",
            "Illustration by Ann Kiernan. Sources: Getty; Shutterstock.", "Photography by Lena Ortiz", "STAFF PHOTO BY DEVIN LAMARQUE",
            "Image source: Getty Images.",
        ),
        ignores=("Photographs by the police show the damage was extensive.", "Image source: a leaked memo, the report says, shows the plan."),
    ),
    RegexRule(
        name="en.other.list_counter",
        label=Label.OTHER,
        requires=("list", "video duration"),
        doc="What a link box or a player spells out for screen readers (Al Jazeera): 'list of 3 items', 'list 1 of 3', "
        "'end of list', 'Video Duration 02 minutes 41 seconds'. The box's headlines go on past them.",
        pattern=r"(?:list of \d+ items?|list \d+ of \d+|end of list|video duration(?: \d+ (?:hours?|minutes?|seconds?)){1,3})$",
        matches=("list of 3 items", "list 1 of 3", "end of list", "Video Duration 02 minutes 41 seconds"),
        ignores=("list of 3 items the council approved on Monday",),
    ),
    RegexRule(
        name="en.credit.chart_source",
        label=Label.CREDIT,
        requires=("chart", "graphic", "map", "table"),
        doc="The line under a chart that credits its data and its maker: 'Data: Insurance Information Institute; "
        "Chart: Axios Visuals'.",
        pattern=r"(?:data|sources?):\s[^!?;]{2,100};\s*(?:chart|graphic|map|table):\s[^!?;]{2,60}$",
        max_chars=200,
        matches=("Data: Insurance Information Institute; Chart: Axios Visuals", "Source: U.S. Census Bureau; Map: Jane Doe/Axios"),
        ignores=("Source: the chart shows prices rose; analysts expect more.",),
    ),
    RegexRule(
        name="en.caption.position",
        label=Label.CAPTION,
        doc="Captions that open by pointing at the picture or saying what they are: 'Above: A coworking space in "
        "San Francisco.', 'Pictured: ...', 'Image caption ...' (BBC).",
        pattern=r"(?:(?:above|below|pictured|inset|main (?:picture|image|photo))\s*:|(?:image|media) caption)\s+\S[^!?]{5,250}$",
        max_chars=300,
        matches=("Above: A WeWork coworking space in San Francisco.", "Pictured: The couple at their wedding in 2015",
                 "Image caption Taylor Swift at the awards in Los Angeles"),
        ignores=("Above all, the council wants the pier to stay open, the mayor said.",),
    ),
    RegexRule(
        name="en.date.stamp_line",
        label=Label.DATE,
        requires=("updated", "posted", "published", "comment"),
        doc="Date lines that the general date rule cannot read whole: without a year ('Updated Nov 19, 9:41 AM; "
        "Posted Nov 18, 8:19 PM'), or with a blog's comment count and category after the date ('October 12, 2018 / "
        "0 Comments / in News / by admin').",
        pattern=rf"(?:updated|posted|published):?\s+{MONTHS}\s+\d{{1,2}},\s+{TIME}(?:\s*[;|,]\s*(?:updated|posted|published):?\s+{MONTHS}\s+\d{{1,2}},\s+{TIME})?$"
        rf"|{MONTHS}\s+\d{{1,2}},\s+\d{{4}}\s*[/|]\s*\d+\s+comments?\b[^!?]{{0,80}}$",
        max_chars=160,
        matches=("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM", "October 12, 2018 / 0 Comments / in Jeongdong Promotion / by jdadmin"),
        ignores=("Updated figures are due on Nov 19, the ministry said.",),
    ),
    RegexRule(
        name="en.other.print_note",
        label=Label.OTHER,
        doc="Where the story ran in the printed paper: 'A version of this article appears in print on Nov. 15, 2023, ...'.",
        pattern=r"a version of this (?:article|story) appear(?:s|ed) in print\b",
        max_chars=400,
        matches=("A version of this article appears in print on Nov. 15, 2023, Section A, Page 21 of the New York edition",),
        ignores=("A version of this story was told by his grandmother, he said.",),
    ),
    RegexRule(
        name="en.other.standards_note",
        label=Label.OTHER,
        doc="The note under an agency story that points to its editorial standards: 'Our Standards: The Thomson Reuters Trust Principles.'",
        pattern=r"our (?:standards|editorial standards|ethics policy)\s*:",
        matches=("Our Standards: The Thomson Reuters Trust Principles.",),
        ignores=("Our standards have slipped, the coach admitted after the defeat.",),
    ),
    RegexRule(
        name="en.credit.after_name",
        label=Label.CREDIT,
        requires=("submitted", "courtesy", "file", "contributed", "handout", ", ap", ", afp", ", reuters", ", getty", ", usa today", ", epa", "author provided"),
        doc="A credit printed after the photographer's or subject's name: 'Michael Conroy, AP', "
        "'Christopher Battin Submitted photo'; and the writer's own photo: 'Author provided'.",
        pattern=r"(?:[^!?]{1,60}\s)?(?:submitted|courtesy|file|contributed|handout) (?:photo|image)s?\s*[.)]?$"
        r"|(?-i:\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}), (?:AP|AFP|Reuters|REUTERS|Getty Images|USA TODAY|EPA)(?: file)?$"
        # the writer's own photo (The Conversation): 'Author provided (no reuse)'
        r"|author provided\b[^.!?]{0,30}$",
        max_chars=120,
        matches=("Michael Conroy, AP", "Christopher Battin Submitted photo", "Elizabeth A. Burton Submitted photo", "Author provided (no reuse)"),
        ignores=("Michael Conroy, a spokesman, declined to comment.", "About Me/Contact"),
    ),
    RegexRule(
        name="en.subscribe.pitch",
        label=Label.SUBSCRIBE,
        requires=("delivered", "newsletter", "subscriber"),
        doc="Newsletter pitches that open with a teaser: 'Get our analysis delivered right to you.', "
        "'Want more deals? Join the IGN Deals Newsletter.', and 'Become a subscriber: ...'.",
        pattern=r"[^.!?]{0,80}\bdelivered (?:right |straight |directly )?(?:to|into) (?:you|your (?:inbox|email|mailbox))\b[^!?]{0,40}$"
        r"|[^.!?]{1,40}[.!?]\s+join (?:the|our) [^.!?]{1,40} newsletter\s*[.!]?$"
        r"|become a (?:digital )?subscriber\s*[:.!]\s*[^!?]{0,120}$",
        max_chars=200,
        matches=(
            "Get our conservative analysis delivered right to you. No charge.", "The best stories, delivered to your inbox",
            "Want more deals? Join the IGN Deals Newsletter.",
            "Become a subscriber: Get unlimited access to freep.com and the e-Edition.",
        ),
        ignores=("The parcels were delivered to your neighbours by mistake, the court heard.",),
    ),
    RegexRule(
        name="en.signoff.contributed",
        label=Label.SIGNOFF,
        requires=("contributed", "additional reporting", "write to", "contact ", "covers ", "can be reached at", "used in this report"),
        doc="Closing credits of other reporters and the writer's address: 'Keith Bradsher contributed reporting "
        "from Hong Kong.', 'Write to Al Root at allen.root@dowjones.com'.",
        # (Gannett's note on its writer: 'Tessa Lindqvist covers Polk County government for the Register. Reach her at ...')
        pattern=r"[^.!?]{2,120}\scontributed (?:reporting|research|to this (?:report|story|article))\b[^!?]{0,120}$"
        r"|(?-i:\p{Lu})[^.!?]{2,80}\scontributed\.$"
        # 'Laura Kessling can be reached at laura.kessling@globe.com. Follow her on Twitter @lkessling.'
        r"|(?-i:\p{Lu})[^.!?]{2,60}\scan be reached at\s\S+@[^!?]{2,200}$"
        r"|(?-i:\p{Lu})[^.!?]{2,60}\scovers\s[^.!?]{2,120}\.\s+(?:reach|contact|email) (?:him|her|them)\b[^!?]{0,160}$"
        r"|additional reporting by\b[^!?]{1,120}$|write to [^!?@]{2,60} at \S+@[\w-]+(?:\.[\w-]+)+\.?$"
        r"|information from [^.!?]{2,60} (?:was|were) used in this report\.?$"
        # 'Contact Name: name@paper.com. Follow her on Twitter @name.'
        r"|contact (?-i:\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})\s*:\s*\S+@[\w-]+(?:\.[\w-]+)+\b.{0,300}$",
        max_chars=420,
        matches=(
            "Chicago Tribune’s Dan Whitcombe contributed.", "Laura Kessling can be reached at laura.kessling@globe.com. Follow her on Twitter @lkessling.",
            "Tessa Lindqvist covers Polk County government for the Register. Reach her at tlindqvist@dmreg.com.",
            "Keith Bradsher contributed reporting from Hong Kong.", "Information from The Associated Press was used in this report.",
            "The Associated Press contributed to this report.",
            "Additional reporting by Jane Doe in London.",
            "Write to Al Root at allen.root@dowjones.com",
            "Contact Marisol Ortega: mortega@freepress.com. Follow her on Twitter @marisolfreep.",
        ),
        ignores=("Donors contributed to the fund, which reached $2 million.",),
    ),
    RegexRule(
        name="en.other.affiliate_disclosure",
        label=Label.OTHER,
        requires=("affiliate", "associate", "commission"),
        doc="The disclosure a site prints over or under every post that it earns from the links in it.",
        pattern=r"(?:this|our|some|the) (?:post|posts|article|articles|page|pages|site|content)\b[^!?]{0,40}\bcontains? affiliate links\s*(?:[.!,:;(]|$)"
        r"|[^.!?]{0,60}\bas an amazon associate\b|[^.!?]{0,60}\b(?:participant|participate) in the amazon services llc associates program"
        r"|[^.!?]{0,60}\bhas affiliate partnerships\b|(?:ftc:\s*)?we use income earning (?:auto )?affiliate links"
        r"|[^!?]{0,80}\bif you buy through (?:our )?affiliate links\b[^!?]{0,120}$"
        r"|(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation) (?:from|on|when|if)\b[^.!?]{0,80}\b(?:links?|purchases?|buy)\b",
        max_chars=400,
        matches=(
            "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.",
            "FTC: We use income earning auto affiliate links. More.",
            "We may earn a commission when you buy through links on our site.",
            "PCMag editors select and review products independently. If you buy through affiliate links, we may earn commissions, which help support our testing.",
            "Some posts on Example.com may contain affiliate links. We are a participant in the Amazon Services LLC Associates Program.",
        ),
        ignores=(
            "The post contains affiliate links to a casino, the regulator said in its ruling on Monday.",
            "Brokers earn a commission on every trade, which critics say skews their advice.",
        ),
    ),
    RegexRule(
        name="en.other.article_notes",
        label=Label.OTHER,
        doc="Headers of the notes that follow a finished article: its sources, its references, 'About this article'.",
        pattern=r"(?:about this (?:article|statement|story|report)|sources?|references|sources and (?:notes|methodology)|works cited|"
        r"notes? (?:to|for) editors?|editor'?s notes?)\s*:?$"
        # a press release's end mark: 'ENDS', '-ends-', '###', '-30-'
        r"|[-–\s]*ends[-–\s]*$|#{3}$|-30-$",
        closes=True,
        matches=("Sources:", "About this article", "References", "About this statement:", "Notes to editors", "ENDS", "-ends-", "###"),
        ignores=("Sources say the deal is close.", "References to the war were removed from the speech."),
    ),
    RegexRule(
        name="en.other.widget_notice",
        label=Label.OTHER,
        doc="What page widgets print about themselves: JavaScript needed, reCAPTCHA, word counts.",
        pattern=r"(?:this|the) (?:slideshow|video|content|page|site|gallery|form|map|player|feature|embed) requires javascript"
        r"|javascript is (?:required|disabled|not enabled|needed)|(?:please )?(?:enable|turn on) javascript\b"
        r"|loading comments(?:\.\.\.|…)?$|media playback is unsupported\b|copied!?$|(?:this|the) (?:site|page|form) is protected by recaptcha|word ?count\s*:\s*[\d,.]+$"
        # A video player's own text, and a form's error message.
        r"|video (?:loading|unavailable)$|video player (?:is )?loading(?:\.\.\.|…)?$|(?:click|tap) to (?:play|unmute)$|the video will auto-?play soon|play now$"
        # an audio player over the article, and the word a photo's place is marked with (The New York Times)
        r"|listen to (?:this )?article\b[^.!?]{0,40}$|image$"
        # (a stock's quote card: 'Price as of November 14, 2024, 1:04 p.m. ET')
        r"|\d{1,3}\s?min(?:ute)?s?\s(?:read|reading time)$"
        # a video player's label and its source line (CNN: 'Video Ad Feedback' / <title> / '02:41' / '- Source:' / 'CNN')
        r"|video ad feedback$|-?\s*source:$"
        # the account box's messages and the bookmark button's tooltip (The Independent)
        r"|(?:thank you|thanks) for registering$|please refresh (?:the page|your browser)\b[^!?]{0,100}\blogged in\b|find your bookmarks in\b"
        # app promos and author buttons: 'Get the WRAL News app', 'Download on the App Store', 'Follow Author'
        r"|(?:get|download) (?:the|our) [\p{L} ]{2,30} app$|download on the app store$|get it on google play$|follow author$"
        # ... and the same promo as a sentence: 'Download our free CBC News app to sign up for push alerts ...'
        r"|download (?:the|our) (?:free )?[\p{L} ]{2,30} app\b[^!?]{0,200}$"
        # an affiliate disclosure: 'When you buy through links on our site, Bytegrove may earn an affiliate commission.'
        r"|when you (?:buy|purchase|shop) through (?:links|retailer links) on our site\b[^!?]{0,160}$"
        # a synthetic voice's notice, a player's browser hint
        r"|the audio version of this article is generated by\b[^!?]{0,200}$|this audio (?:is|was) (?:generated|produced) (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)\b[^!?]{0,60}$"
        # (a summary box's button: 'Read a summary of this article on FAST.', CNA)
        r"|read a summary of this (?:article|story)\b[^!?]{0,40}$"
        # (a widget's button alone: a photo's 'Buy Now', a sign-up box's 'Let's go!')
        r"|buy now$|let['’]s go!$|now watch:[^!?]{0,60}$|(?:facebook|email|twitter|linkedin|link|pinterest) icon\b[^!?]{0,100}$|editorial (?:guidelines|policy|standards|process)$|photo gallery \(click to enlarge\)$|you can find this (?:story|article) in my bookmarks\b[^!?]{0,80}$|(?:produced|narrated|voiced) by [^!?]{2,80}\busing (?:ai|artificial intelligence|synthetic) (?:narration|voices?)\b[^!?]{0,120}$|please use [\p{L} ]{2,20} browser for a more accessible video player$"
        # a photo's caption button (Gannett), and the controls a video.js player prints as text
        r"|(?:show|hide|toggle) caption$|enlarge this image$|video player is loading\.?$|video \d{1,2}:\d\d(?: \d{1,2}:\d\d)?$|"
        # an audio player's controls and embed code (NPR): 'Toggle more options', '4-Minute Listen', '<iframe src=...>'
        r"beginning of dialog window\b[^!?]{0,80}$|presentational (?:grey |white )?line$|end of dialog window\.?$|toggle more options$|\d{1,3}-minute listen$|(?:download|embed|playlist|transcript)$|heard on [\p{L} ]{2,40}$|<iframe\b[^>]{0,600}>(?:</iframe>)?$|"
        # (and its buttons, a word each: 'Play', 'Mute', '1x', 'Captions', 'Fullscreen')
        r"(?:play|pause|mute|unmute|fullscreen|non-fullscreen|exit fullscreen|captions|picture-in-picture|\d(?:\.\d{1,2})?x)$|play video$|(?:current time|duration|remaining time) -?\d{1,2}:\d\d$"
        r"|(?:loaded|progress): \d+(?:\.\d+)?%$|stream type live$|playback rate$|captions off, selected$|this is a modal window\.?$"
        r"|media playback is not supported on this device$|(?:play video\. )?(?:duration: )?\d{1,2} minutes?(?:,? \d{1,2} seconds?)?$|(?:save|print|jump to|rate this|pin this) recipe$|buy (?:this )?photo$"
        # follow buttons' popovers: 'Posts from this author will be added to your daily email digest ...'
        r"|posts from this (?:author|topic) will be added to your\b"
        r"|something went wrong,? please try again(?: later)?\.?$|story continues$|thanks for watching!?(?: visit (?:our )?website)?$"
        # a page's feedback box
        r"|(?:was|is) this (?:page|article|information|content) (?:helpful|useful)\??$|report a problem with this page$"
        r"|(?:produced|powered|presented) by [^.!?]{2,40}$|image without a caption$|you can now listen to [^.!?]{1,40} articles!?$",
        matches=(
            "Beginning of dialog window. Escape will cancel and close the window.",
            "This audio is generated by an AI tool.", "Read a summary of this article on FAST.", "Buy Now", "Let's go!", "NOW WATCH: Popular Videos from Insider Inc.", "Email icon An envelope. It indicates the ability to send an email.", "Editorial Guidelines", "Listen to article", "4 min Reading time", "PHOTO GALLERY (CLICK TO ENLARGE)",
            "You can find this story in My Bookmarks.Or by navigating to the user icon in the top right.",
            "Toggle more options", "4-Minute Listen", "Heard on Morning Edition", '<iframe src="https://www.npr.org/player/embed/1" width="100%" height="290" frameborder="0" scrolling="no" title="NPR embedded audio player">',
            "VIDEO 2:41 02:41", "Produced by Vocalis Labs using AI narration. Listen to more stories on the Vocalis app.", "Image without a caption",
            "You can now listen to Harbor Daily articles!",
            "When you buy through links on our site, Bytegrove may earn an affiliate commission. Here's how it works.",
            "Play", "Mute", "1x", "Fullscreen",
            "This slideshow requires JavaScript.", "JavaScript is required to load the comments.", "Loading comments...", "Buy Photo", "Play Video. Duration: 1 minute 24 seconds",
            "Enlarge this image", "toggle caption", "Please use Chrome browser for a more accessible video player",
            "The audio version of this article is generated by AI-based technology. Mispronunciations can occur.",
            "Download our free CBC News app to sign up for push alerts for CBC Newfoundland and Labrador. Click here to visit our landing page.",
            "Video player loading...", "Posts from this author will be added to your daily email digest and your homepage feed.",
            "Was this page helpful?", "Media playback is not supported on this device", "Save recipe", "Print recipe", "Thanks for watching! Visit Website",
            "This site is protected by recaptcha Privacy Policy | Terms of Service", "Wordcount: 717",
            "Video Loading", "Tap to play", "The video will auto-play soon8Cancel", "Something went wrong, please try again later.",
            "Story continues", "Produced by ABC Australia", "Listen to this article · 7:12 min Learn more", "Image", "Video Ad Feedback", "- Source:",
            "Thank you for registering", "Please refresh your browser to be logged in",
            "Find your bookmarks in your Independent Premium section, under my profile",
            "Get the WRAL News app", "Download on the App Store", "Follow Author", "Show Caption", "Remaining Time -2:41",
            "Playback Rate", "Video Player is loading.",
        ),
        ignores=("The page requires patience, the author admits.", "Listen to this article's critics and you hear anger."),
    ),
    RegexRule(
        name="en.other.ai_notice",
        label=Label.OTHER,
        requires=("using ai",),
        doc="A site's note that a summary above the article was written by software: 'Yahoo is using AI to "
        "generate takeaways from this article.'",
        pattern=r"[^.!?]{0,40}\bis using ai to (?:generate|create|write|summari[sz]e)\b[^!?]{0,200}$",
        max_chars=300,
        matches=("Yahoo is using AI to generate takeaways from this article. This means the info may not always match what's in the article.",),
        ignores=("The council is using AI to sort recycling, a spokesman said, and the results are promising!",),
    ),
]
