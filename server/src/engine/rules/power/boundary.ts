/**
 * power.boundary — the clinician's needs served by the patient.
 */
import { defineRule } from '../define.ts';

/** The patient or someone in their circle, as object: "him", "the patient", "his caregiver", a name. */
const WHO = "the|my|our|this|that|a|his|her|their|a_former|my_former|the_patient's|the_pt's|my_patient's|pt's|patient's? @circle|him|her|them|#cap";
/** A favour asked of the patient: "help me move boxes", "give me a ride", "fill in my course evaluation". */
const FAVOUR =
  "give_me_a_quote|give_me_an_estimate|give_me_a_price|quote_me|look_at_my_#word|tutor_me|cut_my_hair|like_my_#word|follow_my_#word|share_my_#word|subscribe_to_my_#word|support_my_#word|help_me_move_#word|help_me_carry_#word|help_me_with_my_#word|help_me_move|help_me_out|help_me|help_us|let_me_stay|let_me_use_#word|let_me_use|let_me_borrow_#word|let_me_borrow|give_me_a_ride|give_me_a_lift|give_me_a_discount|give_me_a_loan|drive_me|lend_me_#word|loan_me_#word|buy_me_#word|pay_for_my_#word|pay_my_#word|cover_my_#word|watch_my_#word|babysit|pick_me_up|fix_my_#word|get_me_a_deal|get_me_a_discount|get_me_#word|fill_in_my_#word|fill_out_my_#word|complete_my_#word|sign_my_#word|rate_me|review_me|vote_for_me|donate_to_my_#word|sponsor_me|hire_me|pay_me|introduce_me|put_in_a_good_word_for_me|put_in_a_word_for_me|put_a_good_word_in_for_me|put_in_a_good_word_with_#word|put_in_a_word_with_#word|vouch_for_me|write_me_a_reference|write_me_a_recommendation|give_me_a_reference|be_my_reference|be_a_reference_for_me|pass_on_my_resume|pass_along_my_resume|forward_my_resume|get_me_an_interview|keep_it_a_secret|keep_this_a_secret|keep_it_secret|not_tell";
/** A favour that is the clinician's own gain, said as something the patient or family could do. */
const SAID_FAVOUR = 'give_me_a_ride|give_me_a_lift|drive_me|give_me_a_discount|get_me_a_discount|get_me_a_deal|give_me_a_good_discount|get_me_a_good_discount|get_me_a_good_deal|give_me_a_good_deal|get_me_a_good_price|give_me_a_good_price|get_me_a_job|get_me_an_interview|give_me_a_job|give_me_a_quote|give_me_a_deal|get_me_tickets|get_me_free_#word|hook_me_up|fix_my_#word|cut_my_hair|do_my_#word_for_free|lend_me_#word|loan_me_#word|pay_for_my_#word';
/** A favour a patient may offer unasked: the same, less plain help during a session. */
const OFFERED_FAVOUR = FAVOUR.replace('|help_me_out|help_me|help_us|', '|');
/** What a patient may give or pay for. */
const GIFT =
  'present|gift/n|cookies|cake/n|chocolates|flowers|wine|discount_code|discount|ride_home|ride|lift|cash|money|tip/n|gift_card/n|ticket/n|season_ticket/n|tickets|loan|lunch|dinner|drink/n|coffee|membership|deal|job|internship|voucher|coupon|jewelry|jewellery|cabin/n|cottage/n|condo/n|timeshare/n|beach_house/n|lake_house/n|boat/n';
/** Food and small presents a patient can make or bring for the clinician. */
const TREAT =
  'tamales|cookies|cookie|cake|cupcakes|brownies|muffins|pie|bread|banana_bread|donuts|doughnuts|pastries|baked_goods|treats|candy|chocolates|fudge|soup|lunch|dinner|breakfast|food|meal|meals|coffee|tea|snacks|dumplings|empanadas|curry|casserole|jam|honey|flowers|bouquet|gift|present|scarf|sweater|hat|blanket|painting|necklace|bracelet|eggs|produce|vegetables|veggies|tomatoes|fruit|wine|beer|whiskey|bourbon|jerky|salsa|tortillas|venison|fish|maple_syrup';
/** A measure of food brought in: "a box of his bakery's pastries", "a tray of the tamales". */
const QUANTITY_OF = "box|tray|batch|plate|dozen|bag|basket|platter|couple|bunch of his|her|their|the|some? #word? 's?";
/** The clinician's own troubles, told to the patient. */
const MY_TROUBLES =
  'miscarriage|miscarriages|ivf|fertility|pregnancy|bereavement|grief|own_diagnosis|exams|exam|assignments|assignment|essays|placement|uni|university|studies|rota|shifts|landlord|flatmate|housemate|problems|issues|divorce|breakup|break-up|marriage|relationship|boyfriend|girlfriend|partner|husband|wife|ex|debt/n|money_problems|money_troubles|money_worries|financial_#word|stress|depression|anxiety|bad_day|personal_life|family_problems|family_drama|family_issues|drama|love_life|dating_life|ci|supervisor|boss|grade/n';

/** Pouring one's own feelings out: "venting to him", "confided in her". */
const VENT = 'vent/v|confide/v|unload/v|offload/v|rant/v';
/** A patient's or their family's social occasions and home. */
const SOCIAL_EVENT = 'party|wedding|birthday|birthday_party|bbq|barbecue|cookout|house|home|place|apartment|dinner|church|graduation|shower|baby_shower|reunion|funeral|baptism|christening|bar_mitzvah|bat_mitzvah|quinceañera|quinceanera|housewarming|anniversary|fundraiser|concert|gig|show|recital|game';
/** A wish or request to connect, which says nothing of whether it happened. */
const WISH_TO = 'want/v|wanted|ask/v|asked|asking|try/v|tried|trying|offer/v|offered|hope/v|hoped|hoping|wish/v|wished|would_like|keeps_asking|kept_asking to';
/** A post made: "posted a photo", "shared a video", "uploaded a clip". */
const POSTED = 'post/v|share/v|upload/v a|the|some? photo/n|picture/n|pic/n|video/n|clip/n|selfie/n|story|stories|reel/n|post/n|tiktok/n';
/** What came out of the person's care: "from his session", "of her first steps". */
const SESSION = 'his|her|their|our|the|my_patient\'s session|sessions|visit|therapy|treatment|first_steps|progress|transformation|recovery|wound|scar|x-ray|xray|mri|surgery';
/** A request put as a question: "asked if she could", "wanted to know whether he might". */
const ASKED_IF = 'ask/v|asked|asking|wondered|wondering|wanted_to_know|want/v_to_know if|whether he|she|they could|can|might|may|would';
/** Money handed over: "$50", "20 dollars". */
const MONEY = '$_#num|£_#num|a_£_#num_note|a_$_#num_bill|a_#num_pound_note|a_#num_dollar_bill|#num_quid|a_tenner|a_fiver|a_few_quid|twenty_quid|ten_quid|fifty_quid|#num_dollars|#num_bucks|#num_dollar|a_twenty|a_fifty|a_ten|a_hundred|a_twenty-dollar_bill|a_fifty-dollar_bill|a_few_bucks|some_bucks|twenty_bucks|fifty_bucks|ten_bucks|five_bucks|five_dollars|ten_dollars|twenty_dollars|thirty_dollars|forty_dollars|fifty_dollars|a_hundred_dollars|hundred_dollars';
/** Below the going price: what a patient's business can give the clinician. */
const CHEAP = 'cheap|cheaply|on_the_cheap|for_cash|cash_in_hand|on_the_side|for_free|for_nothing|for_cheap|for_half_price|half_price|free_of_charge|as_a_thank-you|as_a_thank_you|as_a_favor|as_a_favour|at_no_charge|on_the_house|at_cost|at_a_discount|at_half_price|half_off|below_cost|at_wholesale|wholesale|for_a_discount|at_a_reduced_rate|at_a_reduced_price|at_no_cost|for_less|discounted';
/** Work a patient can do for the clinician ("fixed my brakes for free"). */
const SERVICE_DONE = 'look/v_at|looked_at|fix/v|fixed|repair/v|repaired|do/v|did|cut/v|clean/v|cleaned|paint/v|painted|mow/v|mowed|service/v|serviced|tune/v|tuned|detail/v|detailed|install/v|installed|braid/v|braided|style/v|styled|color/v|colour/v|coloured|colored|trim/v|trimmed|wax/v|waxed|wash/v|washed|alter/v|altered|hem/v|hemmed|tattoo/v|tattooed';

/** Money going the other way: the clinician paying into the patient's cause. */
const MESSAGE_DONATION =
  '"{match}": giving money to a patient or their cause mixes a personal tie into care and can weigh on how you treat them and others. Take it to your supervisor; point the family to the social worker or the hospital\'s own channels.';
const MESSAGE_CONTACT =
  '"{match}": personal contact with a patient (your own number, social media) moves the relationship outside professional boundaries. Keep contact in clinic channels and reflect on what prompted it.';
const MESSAGE_FAVOUR =
  '"{match}": a patient should never be asked to serve the clinician\'s needs. Favours, rides, discounts or help from a patient or their family cross a professional boundary; reflect on it with your CI.';
const MESSAGE_OFFER_TAKEN =
  '"{match}": taking up a favour a patient or their family offers (a ride, their belongings, paid work) puts the relationship on a personal footing and can leave them feeling owed. Thank them and decline, and reflect on it with your CI.';
const MESSAGE_FAVOUR_DONE =
  '"{match}": a favour from a patient or their family (a ride, help with your own errands) puts the relationship on a personal footing and can leave them feeling owed. Thank them and decline next time, and reflect on it with your CI.';
const MESSAGE_OWN_FAVOUR =
  '"{match}": a personal favour from the clinician (a ride in your own car, errands off the clock) makes the relationship a private one and can leave the patient feeling owed. Offer what the service provides (transport, a social work referral) and reflect on it with your CI.';
const MESSAGE_GIFT =
  '"{match}": accepting money, gift cards or goods from a patient crosses a professional boundary and can put them under obligation. Check your clinic\'s gift policy and reflect on it with your CI.';
const MESSAGE_VENT =
  '"{match}": confiding in or venting to a patient makes them carry the clinician\'s emotional needs. The session is for them; take your own concerns to a colleague, your CI or a counsellor.';
const MESSAGE_RECORDING =
  '"{match}": filming or photographing a patient on your own phone, or for your own portfolio or channel, makes them material for your needs and puts their image outside the record. Use the service\'s consented clinical photography, and reflect on it with your CI.';
const MESSAGE_DATE = '"{match}": romantic or sexual interest in a patient is a boundary violation. Stop, and discuss it with your CI or supervisor.';

/**
 * The clinician as a note names themself: "me", or in the third person "this writer", "the undersigned" ("Pt's husband
 * gave this writer a $50 gift card").
 */
const ME = 'me|this_writer|the_writer|writer|this_clinician|this_therapist|this_provider|the_undersigned|undersigned';
/** The writer as a note names them in the third person. */
const CLINICIAN_NAMED = 'me|us|therapist|the_therapist|this_therapist|writer|the_writer|this_writer|clinician|the_clinician|this_clinician|the_student|student|the_pt|this_pt|staff';

/** The home programme a clinician sends as part of care: "the home program", "her HEP", "the handouts". */
const CARE_MATERIAL = 'the|his|her|their|a_copy_of_the? home_program|home_programme|home_exercise_program|home_exercises|hep|exercise_program|exercise_sheet|exercise_sheets|handout|handouts';

/** The writer's own contact details, handed over: "my personal mobile", "my Snapchat". */
const MY_CONTACT = 'my own|personal|private|cell|mobile|home{0,2} number|cell|mobile|phone|phone_number|mobile_number|email|whatsapp|snap|snapchat|insta|instagram|handle|socials|facebook|tiktok';

export default defineRule({
  id: 'power.boundary',
  family: 'power',
  severity: { clinical: 'info', reflection: 'warning' },
  defaults: { fix: 'none' },
  message: MESSAGE_CONTACT,
  terms: [
    // "I gave him my personal cell number"
    { match: `give/v|send/v|share/v|texted ${WHO} [ my own|personal|private|cell|mobile|home{0,2} number|cell|mobile|phone|phone_number|mobile_number|=#|email|address|snap|snapchat|insta|instagram|handle|socials|ig|whatsapp ]` },
    // The person named with a surname or its initial, or a title and surname: "I gave Dave B. my personal mobile", "gave
    // Mrs. Okafor my personal mobile".
    { match: [`give/v|send/v|share/v|texted #cap #cap|#upper .? [ ${MY_CONTACT} ]`, `give/v|send/v|share/v|texted mr|mrs|ms|miss|dr .? #cap [ ${MY_CONTACT} ]`] },
    // The writer offering the ride: "I offered to drive her home after my shift because she didn't have a ride".
    { match: `=I offer/v|offered to drive/v|take/v|run/v ${WHO} home`, message: MESSAGE_FAVOUR, when: ['reflection'] },
    // Money borrowed from the person: "I borrowed twenty pounds from him for the car park machine".
    { match: `=I borrowed|borrow/v #any{0,3} pounds|dollars|quid|bucks|money|cash|change|#num from him|her|them|the_patient|my_patient|pt`, message: MESSAGE_GIFT, when: ['reflection'] },
    // A lift home accepted from the person or their family: "Mum offered to give me a lift home after the visit and I said yes".
    { match: `offer/v|offered to give/v|drive/v me a_lift|a_ride|home`, after: ['#any{0,8} and|, =I said_yes|accepted|agreed|took_it|took_her_up|took_him_up|went_with'], message: MESSAGE_FAVOUR, when: ['reflection'] },
    // The person asked and the writer agreed: "he asked for my Instagram and I said yes".
    { match: `ask/v|asked for [ my ${MY_CONTACT.split(' ').pop()} ]`, after: ['#any{0,6} and|, =I said_yes|agreed|gave_it|gave_it_to_him|gave_it_to_her|accepted|added_him|added_her|sent_it|followed_him|followed_her'], when: ['reflection'] },
    // "exchanged numbers with her", "added her on Instagram", "he follows me on Snapchat"
    { match: `exchange/v phone? numbers|contacts|contact_details|socials|emails with ${WHO}` },
    { match: `add/v|follow/v|friend/v|dm|dmed|dm'd|message/v|connect/v|connect/v_with ${WHO} on|via|through social_media|@social` },
    // A name and an initial: "I added Priya R. on Facebook".
    { match: `add/v|follow/v|friend/v|message/v|connect/v_with #cap #upper .? on|via|through social_media|@social`, message: MESSAGE_CONTACT },
    // Both ways at once: "… so I showed her photos and we followed each other on Instagram". Not the writer and a
    // colleague ("my CI and I added each other on LinkedIn").
    { match: `=we follow/v|add/v|friend/v each_other|one_another on|via|through social_media|@social`, notBefore: ['... @colleague|lab_partner'], notAfter: [WISH_TO] },
    // The patient connecting with the clinician ("he follows me on Snapchat"), not a wish to ("She wanted to add me on
    // Facebook; I explained the policy").
    // The same asked as a question ("She asked if she could add me on Facebook", "wondered whether he could follow me") is a
    // request, which says nothing of whether it was granted.
    { match: `add/v|follow/v|friend/v|dm|dmed|dm'd|message/v|connect/v|connect/v_with me on|via|through social_media|@social`, notBefore: [WISH_TO, ASKED_IF] },
    // A patient's handle or number taken up: "She gave me her Instagram and I followed her", "He sent me his Snapchat and I
    // added him". The handover alone is not reported (what the clinician did with it is not said).
    { match: `give/v|gave|send/v|sent|share/v|shared|tell/v|told me his|her|their #word? @social|handle|username|number|cell|digits ,? and|so|then =I|we then|later|immediately|also? follow/v|add/v|friend/v|text/v|texted|message/v|messaged|call/v|called|dm|dmed|dm'd` },
    // The clinician's own handle asked for and the connection then made: "He asked for my Snapchat on discharge day and I
    // added him" (the request alone is the patient's; the adding is the clinician's act).
    // The finding runs from the handle to the act, which are the problem together ("my Instagram … followed him back").
    // Handing it over counts the same ("… and I gave it to him"); "gave him the clinic address" does not.
    { match: `ask/v|asked for [ my @social|handle|username|number|cell|cell_number|phone_number #any{0,12} and|so|, =I|we then|later|eventually|also|actually? add/v|follow/v|friend/v|dm|dmed|dm'd|message/v|messaged|texted|text/v ${WHO} ]` },
    { match: `ask/v|asked for [ my @social|handle|username|number|cell|cell_number|phone_number #any{0,12} and|so|, =I|we then|later|eventually|also|actually? gave|give/v|sent|send/v|wrote|write/v it|them|that|mine down? to|for ${WHO} ]` },
    // A patient's address or number given so that the writer could write or visit ("He gave me his home address, …, so I
    // could write to him").
    // Not an address given so that care material can reach home ("… so I could send the home program"): that is the
    // care itself, sent where the person asked.
    {
      match: `[ give/v|gave|send/v|sent me his|her|their home|mobile|cell|phone|personal? address|number|cell|email ] #any{0,8} so =I|we could|can|would|might write/v|visit/v|mail/v|send/v|text/v|call/v|email/v`,
      notAfter: [`${CARE_MATERIAL}`, `it|them|over|along to? ${CARE_MATERIAL}`, `him|her|them|us ${CARE_MATERIAL}`],
    },
    { match: "accept/v his|her|their|the_pt's|the_patient's|pt's|patient's friend|follow|connection request/n" },
    // "I accepted a friend request from my patient's mom".
    { match: `accept/v a|the friend|follow|connection request/n from ${WHO}` },
    // "texted the patient from my personal phone"
    { match: `text/v|message/v|call/v|rang|email/v|dm|dmed ${WHO} from|on|with|using|via my personal|own|private cell|phone|mobile|number|email|account|instagram|facebook|snapchat phone|number?` },
    // "I asked his caregiver for a ride", "asked her to help me move boxes"
    { match: `ask/v ${WHO} [ for a|an|some|his|her|their? ride|lift|loan|discount|favour|favor|money|cash|ticket/n|date|drink|job|reference|donation|tip|deal|free_#word|help_with_my_#word|number|phone_number|cell_number|digits|instagram|snapchat|snap ]`, message: MESSAGE_FAVOUR },
    // "asked him to …", "asked my patient, a realtor, whether she could …"
    // The person may be described on the way ("asked the patient's son, who is a mechanic, to look at my car").
    { match: `ask/v ${WHO} #any{0,7} to|if|whether he|she|they|pt|it? could|would|can|might|will? [ ${FAVOUR} ]`, message: MESSAGE_FAVOUR },
    // The writer's own assessment paperwork put to the patient: "I asked him to sign off my DOPS form".
    { match: `ask/v|asked|get/v|got ${WHO} to sign|sign_off|fill_in|fill_out|complete my|our #word{0,2} dops|form|forms|logbook|log_book|portfolio|competency|competencies|assessment|sign-off|feedback_form|mini-cex|cbd|paperwork`, message: MESSAGE_FAVOUR },
    // Food or presents asked of the patient or their family for the clinician: "I asked her to bring me some of her homemade
    // tamales", "asked the patient's husband, who runs a bakery, if he could bring in pastries for our team". Not what the
    // visit needs ("asked her to bring in her pill bottles", "bring his lunch so we can practise feeding").
    {
      match: [
        `ask/v ${WHO} #any{0,7} to|if|whether he|she|they|pt|it? could|would|can|might|will? [ bring/v|bake/v|make/v|cook/v|buy/v|get/v|send/v in|over? me|us some|a|an? of? his|her|their? homemade|home-made|home-cooked|fresh? #word? ${TREAT} ]`,
        `ask/v ${WHO} #any{0,7} to|if|whether he|she|they|pt|it? could|would|can|might|will? [ bring/v|bake/v|make/v|cook/v|buy/v|send/v|drop/v in|over|off? some|a|an|his|her|their? homemade|home-made|home-cooked|fresh? #word? ${TREAT} for me|us|our|the|my team|staff|unit|nurses|clinic|office|department|everyone|us_all ]`,
        `ask/v ${WHO} #any{0,7} to|if|whether he|she|they|pt|it? could|would|can|might|will? [ bring/v|bake/v|make/v|cook/v|buy/v|send/v|drop/v in|over|off? some|a|an ${QUANTITY_OF} homemade|home-made|home-cooked|fresh? #word? ${TREAT} for me|us|our|the|my team|staff|unit|nurses|clinic|office|department|everyone|us_all ]`,
      ],
      message: MESSAGE_FAVOUR,
      notAfter: ['to|so'],
    },
    // The favour asked through the patient of someone close to them: "asked her if her husband could get me a job".
    { match: `ask/v ${WHO} #any{0,2} if|whether his|her|their @circle|@relative|boss|company|shop|firm|business could|would|can|might|will [ ${FAVOUR} ]`, message: MESSAGE_FAVOUR },
    // "She offered me her student discount code and I used it": the patient gives, the clinician takes.
    // The giver may be the family ("His family gave me a $50 gift card, which I kept"), and the amount may be said.
    { match: `offer/v|give/v|hand/v|buy/v|paid_for|got ${ME} a|an|his|her|their|the|some|free? ${MONEY}? #word{0,2} ${GIFT}`, message: MESSAGE_GIFT, when: ['personSubject'], unless: ['offerDeclined'] },
    // The money tucked inside a card: "She gave me a thank-you card with a $20 gift card inside, and I kept it".
    { match: `give/v|hand/v|gave|handed ${ME} a|an thank-you|thank_you|thankyou|christmas|leaving? card with a|an|some ${MONEY}? #word{0,2} ${GIFT}|${MONEY}`, message: MESSAGE_GIFT, when: ['personSubject'], unless: ['offerDeclined'] },
    // The patient's own number handed over with a request to use it: "He gave me his cell, (312) 555-0163, and asked me to text him".
    { match: `[ give/v|gave|send/v|sent|write/v|wrote ${ME} his|her|their #word? number|cell|cell_number|digits|phone_number|mobile|mobile_number|mob|phone|landline ]`, after: ['#any{0,12} and|, ask/v|asked|wanted|told me to text/v|call/v|message/v|dm|email/v|facetime/v', '#any{0,8} in_case =I wanted|want|wished|fancied|ever|fancy'], when: ['reflection'] },
    // The patient's care bent to the writer's coursework: "told him he needed to let me take his bloods because I had to get it signed off".
    { match: '=I had|needed|need|have to get/v it|them|this|that|one|my_#word signed_off|ticked_off', before: ['because|since'], message: MESSAGE_FAVOUR, when: ['reflection'] },
    // Money given to the patient's cause: "set up a fundraiser … and I donated twenty dollars".
    { match: ['=I donated|contributed|chipped_in|pitched_in', `[ =I donated|gave ] ${MONEY}`], before: ['... fundraiser|gofundme|go_fund_me|crowdfunding|crowdfunder|donation_page|collection/n|fund/n'], message: MESSAGE_DONATION, when: ['reflection'] },
    { match: '=I donated|contributed|chipped_in|pitched_in|gave', after: ['#any{0,4} to his|her|their fundraiser|gofundme|go_fund_me|crowdfunding|crowdfunder|collection/n|fund/n'], message: MESSAGE_DONATION, when: ['reflection'] },
    // With the fundraiser's address between, which the clause-limited look-back above does not cross: "He sent me his
    // fundraiser, https://…, and I donated twenty pounds".
    { match: '=I donated|contributed|chipped_in|pitched_in', before: ["his|her|their|pt's|patient's|family's|daughter's|son's|wife's|husband's fundraiser|gofundme|go_fund_me|crowdfunder|justgiving|fundraising_page #any{0,30}"], notAfter: ['blood|plasma|platelets|bone_marrow|my_time|time'], message: MESSAGE_DONATION, when: ['reflection'] },
    // A favour asked of the patient's family in an if-clause: "I asked if her husband could look at my car".
    { match: `=I ask/v|asked if|whether his|her|their @circle|@relative could|would|can|might [ ${FAVOUR} ]`, message: MESSAGE_FAVOUR },
    // The person filmed or photographed for the writer's own use or on the writer's own device: "asked the family if I could
    // film her home PD set-up for my TikTok", "asked his permission to film his tremor on my phone for my portfolio". Asking
    // leaves the patient to refuse a request that serves the writer, so it is still one.
    {
      // The person or what is theirs as the object, not a chart or a fridge ("the fridge chart I photographed for my portfolio").
      match: 'film/v|video/v|videoed|photograph/v|take/v_photos_of|take/v_pictures_of|take/v_a_photo_of|take/v_a_picture_of|take/v_a_video_of|took_photos_of|took_pictures_of|took_a_photo_of|took_a_picture_of|took_a_video_of him|her|them|his|their|the_patient|the_pt|mr|mrs|ms',
      message: MESSAGE_RECORDING,
      after: ['#any{0,5} on|with my own? phone|mobile|cell|iphone|camera', '#any{0,5} for|on|to my|our #any{0,2} portfolio|tiktok|@social|socials|channel|page|account|feed|story|stories|blog|vlog|youtube|reel|presentation|project|assignment|coursework'],
      when: ['reflection'],
    },
    // The person asked to serve the writer's coursework or channel: "I asked her if she'd be in a video for my class project".
    {
      match: "be|appear|pose|feature|star in a|an|my|our video/n|photo/n|picture/n|film/n|documentary|recording/n|vlog/n|tiktok/n|reel/n|post/n|presentation/n",
      message: MESSAGE_FAVOUR,
      before: ['... ask/v|asked|asking|wanted|want/v'],
      after: ['#any{0,2} for|on my|our #any{0,3} class|course|school|project|presentation|assignment|portfolio|capstone|channel|page|account|instagram|youtube|tiktok|blog|thesis'],
      when: ['reflection'],
    },
    // The same of the person, with no object after "asked": "I asked if he could get me a deal on a bike".
    { match: `=I|we ask/v|asked if|whether he|she|they could|would|can|might [ ${FAVOUR} ]`, message: MESSAGE_FAVOUR },
    // The favour set as a task: "I had him fix my bike's brakes while he waited". Not help with the session ("had his
    // wife help me with the transfer"), which is why the bare "help me" is left out.
    { match: `=I|we had|got ${WHO} to? [ ${OFFERED_FAVOUR} ]`, message: MESSAGE_FAVOUR },
    // Work for the writer asked of the patient: "I asked if she'd make a cake for my CI's birthday".
    { match: "=I ask/v|asked if|whether he'd|she'd|they'd|he|she|they could|would|might? make|bake|cook|knit|sew|build|paint a|an|some #word{0,2} for_my|for_me|for_us", message: MESSAGE_FAVOUR },
    // Anything handed over "free" is a gift, whatever it is: "kept giving me free tacos after our sessions".
    { match: `offer/v|give/v|hand/v|bring/v|brought|send/v|sent ${ME} free`, after: ['#word'], message: MESSAGE_GIFT, when: ['personSubject'], unless: ['offerDeclined'], notAfter: ['samples|sample|trial|pamphlets|handouts|information|info|advice|parking|rein|time|access'] },
    // The writer driving the patient or family about: "asked if I could give him rides to the pharmacy, and I've been doing it".
    { match: `give/v|giving ${WHO} rides|a_ride|a_lift|lifts`, before: ['=I could|can|would|might|will|have|had|then|also|started|kept|been|=I'], message: MESSAGE_FAVOUR, when: ['reflection'], unless: ['offerDeclined'] },
    // Promoting the patient's cause on the writer's own accounts: "share his fundraiser … on my Instagram".
    { match: `on|to my @social|socials|feed|story|stories`, before: ['share/v|post/v|repost/v|promote/v|retweet/v his|her|their #any{1,14}'], when: ['reflection'] },
    // The same with "it" for the cause just named ("Her fundraiser link came up, and I shared it on my Instagram story"),
    // only after a person in the sentence: "I made a poster and shared it on my Instagram" is the writer's own.
    { match: `on|to my @social|socials|feed|story|stories`, before: ['share/v|post/v|repost/v|promote/v|retweet/v it|this|that'], when: ['reflection', 'personInSentence'] },
    { match: `give/v|gave|hand/v|handed|slip/v|slipped|send/v|sent|offer/v|offered ${ME} ${MONEY}|cash|money|some_money|some_cash`, message: MESSAGE_GIFT, when: ['personSubject'], unless: ['offerDeclined'] },
    // "His daughter tipped me $10"; not "tipped me off".
    { match: 'tip/v|tipped me|us', message: MESSAGE_GIFT, when: ['personSubject'], notAfter: ['off|over|back|into|onto|out'], unless: ['offerDeclined'] },
    // What belongs to the person, taken by the clinician: "I accepted the veteran's spare football tickets".
    // Only "accepted": "took" or "kept" the patient's things is as often safekeeping ("kept the patient's cash at the desk").
    { match: `=I accept/v the|his|her|their|a? #poss #word{0,2} ${GIFT}`, message: MESSAGE_GIFT, notAfter: ['tray/n|information|info|form/n|schedule/n|order/n|request/n|referral/n|back'] },
    // "I accepted the scarf she knitted for me": what the clinician took, made or bought by the patient.
    { match: `=I accept/v|accepted|kept|took a|an|the|his|her|their|some? #word? ${TREAT}`, message: MESSAGE_GIFT, after: ['#any{0,3} he|she|they|his_#word|her_#word|their_#word made|knitted|knit|baked|cooked|bought|brought|gave|sent|offered', '#any{0,3} from him|her|them|the_patient|the_family|his_#word|her_#word|their_#word'] },
    // Food and presents made or brought for the clinician: "She brought me homemade tamales every week", "his wife baked
    // cookies for me". Not papers or things for the visit ("brought me her pill bottles", "made me a list").
    { match: `bring/v|brought|bake/v|baked|cook/v|cooked|make/v|made|knit/v|knitted me a|an|some|his|her|their|homemade|home-made|home-cooked|fresh|freshly_baked|another? #word? ${TREAT}`, message: MESSAGE_GIFT, when: ['personSubject'], unless: ['offerDeclined'] },
    { match: `bring/v|brought|bake/v|baked|cook/v|cooked|make/v|made|knit/v|knitted a|an|some|homemade|home-made|home-cooked|fresh? #word? ${TREAT} for me`, message: MESSAGE_GIFT, when: ['personSubject'], unless: ['offerDeclined'] },
    // An offer put as a question and taken up in the same sentence: "Her husband asked if I needed a ride back to
    // campus, and I took it", "He asked if I wanted his old recliner and I took it home". Reported from the question to
    // the yes. A seat, a drink of water or a hand in the session is no favour, and a declined offer is not reported.
    {
      match: `ask/v|asked if|whether =I need/v|needed|want/v|wanted|would_like #any{1,8} ,? and|so =I took|accepted|kept|said_yes|agreed`,
      message: MESSAGE_OFFER_TAKEN,
      when: ['personSubject', 'reflection'],
      notAfter: ['not|no|to_decline'],
      unless: ['offerDeclined', 'trivialOffer'],
    },
    // The favour done: "He drove me to the train station after the session", "her son gave me a lift home". Not being
    // driven mad ("drove me crazy"), nor a drive that is the care itself (a transport aide is staff, not the person).
    {
      match: ['drove|drives me to|home|back|into|across|over|downtown', 'gave|gives me a ride|lift to|home|back'],
      message: MESSAGE_FAVOUR_DONE,
      when: ['personSubject', 'reflection'],
      unless: ['offerDeclined'],
    },
    // The clinician doing the patient a personal favour in their own car: "He asked if I could drive him home after
    // discharge, and I said yes", "I gave her a ride home after her last visit". Transport is arranged through the clinic.
    {
      match: [
        `ask/v|asked if|whether =I could|can|would|might [ drive/v|give/v ${WHO} a? ride|lift? home|back? ] #any{0,8} ,? and|so =I said_yes|agreed|did|said_sure|said_okay`,
        `=I drove|gave ${WHO} a_ride|a_lift? home|back_home|to_his|to_her|to_their`,
      ],
      message: MESSAGE_OWN_FAVOUR,
      when: ['reflection'],
    },
    // A favour offered: "He offered to drive me to the train station", "she offered to fix my laptop for free".
    // Not bare help in the session ("She offered to help me set up the mat"): only help with the clinician's own things.
    { match: `offer/v|offering to [ ${OFFERED_FAVOUR} ]`, message: MESSAGE_FAVOUR, when: ['personSubject'], unless: ['offerDeclined'] },
    // The clinician named in the third person, as notes write them: "Pt offered to give therapist a ride home; accepted."
    { match: `offer/v|offering to [ give/v|drive/v ${CLINICIAN_NAMED} a? ride|lift|home ]`, message: MESSAGE_FAVOUR, when: ['personSubject'], unless: ['offerDeclined'] },
    // "asked him for a quote on my yard": the patient's trade put to the clinician's own use; not "a quote from his coach".
    { match: `ask/v ${WHO} for a|an quote|estimate|price|deal`, message: MESSAGE_FAVOUR, after: ['on|for my|our ...'] },
    // A favour put on offer in words and taken up: "Her son said he could get me a discount at his dealership, and I took
    // his card", "his wife said she would give me a ride". Only favours to the clinician's own benefit; "said he could get me
    // his old records" is the visit's business, and a declined offer is not reported.
    { match: [`say/v|said|mention/v|mentioned he|she|they could|would|can|will [ ${SAID_FAVOUR} ]`, `say/v|said|mention/v|mentioned he'd|she'd|they'd|he'll|she'll|they'll [ ${SAID_FAVOUR} ]`], message: MESSAGE_FAVOUR, when: ['personSubject'], unless: ['offerDeclined'] },
    // "I accepted $20 from his wife as thanks", "took fifty bucks off him": the amount alone names the money.
    { match: `accept/v|accepted|took|take/v|kept|keep/v ${MONEY} from|off him|her|them|the_pt|the_patient|the_family|his_#word|her_#word|their_#word|the_patient's_#word|the_pt's_#word|my_patient's_#word|pt's_#word|@circle`, message: MESSAGE_GIFT, before: ['... =I|we'], when: ['reflection'], notAfter: ['#any{0,4} copay|co-pay|copayment|co-payment|deposit|fee|fees|bill|invoice|parking'] },
    // "I borrowed $20 from him", "he paid for my lunch", "she lent me her car"
    {
      match: [
        `borrow/v money|cash|$_#num|#num_dollars|#num_bucks|his_#word|her_#word|their_#word from ${WHO}`,
        'pay/v|paid|bought|buy/v|cover/v for? my lunch|coffee|dinner|drink/n|meal/n|textbook/n|books|gas|parking|tuition|rent|groceries|ticket/n|bill',
        'lent|loaned|lend/v|loan/v me money|cash|$_#num|his_#word|her_#word|their_#word',
      ],
      message: MESSAGE_GIFT,
      unless: ['offerDeclined'],
    },
    // "I accepted a $40 gift card from him"; the clinician is the one accepting.
    {
      match: 'accept/v|took|take|kept|keep a|an|the|his|her|their|some? $_#num|#num_dollars? cash|money|tip/n|gift_card/n|cheque|check|payment|present|gift|bottle|jewelry|ticket/n|voucher|watch|envelope from|off him|her|them|the_pt|the_patient|the_family|his_#word|her_#word|their_#word',
      message: MESSAGE_GIFT,
      before: ['... =I|we'],
    },
    {
      match: 'accept/v|took|kept a|an|the|his|her|their|some? $_#num|#num_dollars? cash|money|tip/n|gift_card/n|cheque|payment|present|gift|jewelry|voucher|envelope|cookies|cake|chocolates|flowers|wine|baked_goods|treats|candy',
      message: MESSAGE_GIFT,
      before: ['... =I|we'],
      after: ['... pt|patient|client|him|her|them|he|she|they|family|caregiver'],
    },
    // A supervisor's note about the student: "Midterm: student accepted a gift card from a patient's family".
    {
      match: "accept/v|took|kept a|an|the|some? $_#num|#num_dollars? cash|money|tip/n|gift_card/n|cheque|payment|present|gift|voucher from|off a|an|the|his|her|their|my? patient|patient's|pt's|family|caregiver|client|client's",
      message: MESSAGE_GIFT,
      before: ['... student|trainee|intern|the_student|my_student|spt|sota|spta'],
    },
    // "I lent her $20 for the bus": money given or lent to a patient puts them in the clinician's debt.
    {
      match: `lend/v|lent|loan/v|loaned|give/v|gave|slip/v|slipped ${WHO} $_#num|#num_dollars|#num_bucks|money|cash|some_money|some_cash|${MONEY}`,
      message: '"{match}": lending or giving money to a patient puts them under obligation and moves the relationship outside professional boundaries. Use the clinic\'s social-work or transport resources instead.',
      before: ['... =I|we'],
    },
    // An errand run for the patient in the writer's own time: "asked me to post a birthday card … for him and I did it on my way
    // home".
    { match: '[ post/v|posted|drop/v_off|dropped_off|pick/v_up|picked_up|buy/v|bought|deliver/v|delivered|send/v|sent #any{1,8} for him|her|them ] and =I did|did_it|went|agreed|said_yes', message: MESSAGE_OWN_FAVOUR, when: ['reflection'] },
    // A deal for the writer through the patient's family: "offered to get his brother to sort me a cheap deal on a car".
    { match: 'sort/v|sorted|get/v|got|find/v|found|do/v|did me a|an cheap|good|great|special? deal|discount|mates_rates|price', message: MESSAGE_FAVOUR, before: ['... he|she|they|his|her|their|brother|sister|son|daughter|cousin|mate|friend|husband|wife|@relative'], when: ['reflection'] },
    // Paid private work for the patient: "She wanted to pay me to keep doing sessions at her house".
    { match: 'pay/v|paid|paying me|us to|for keep|continue|do|see|visit|treat|carry_on|come', message: MESSAGE_FAVOUR, before: ['... he|she|they|his|her|their|@relative|@person'], when: ['reflection'] },
    // Childcare for the family: "Mum asked if I could babysit on Saturdays".
    { match: 'babysit/v|babysat|babysitting|childmind/v|childminding|mind_the_kids|look_after_the_kids|nanny_for_them', message: MESSAGE_OWN_FAVOUR, before: ['... asked|offered|agreed|said_yes|could|would|I|me'], when: ['reflection'] },
    // A patient's friend request taken up: "I accepted Shelley Barker's friend request on Facebook".
    { match: 'accept/v|accepted|accepting #any{0,4} friend_request|friend_requests|follow_request', message: MESSAGE_CONTACT, before: ['... =I'], when: ['reflection'] },
    // Money taken: "I took the £20 his daughter pressed on me".
    { match: `[ =I took|accepted|kept the|his|her|their ${MONEY}|£_#num|$_#num|tenner|fiver|money|cash|tip|envelope ]`, message: MESSAGE_GIFT, when: ['reflection'], notAfter: ['copay|co-pay|copayment|co-payment|payment|fee|fees|deposit|parking|charge|prescription_charge', '#any{0,4} to|back_to the_office|the_cashier|reception|the_safe|property'] },
    // Money from the writer's own pocket to the patient's cause: "I donated £20 from my own pocket".
    { match: `[ =I donated|gave|paid|chipped_in ${MONEY}|£_#num|$_#num ] from|out_of my own? pocket|wages`, message: MESSAGE_DONATION, when: ['reflection'] },
    // Money pressed on the writer: "He pressed a tenner into my hand at discharge".
    { match: `press/v|pressed|push/v|pushed|stuff/v|stuffed|thrust|tuck/v|tucked ${MONEY}|cash|money|some_money|some_cash|a_note|notes|an_envelope into|in my hand|hands|pocket|bag`, message: MESSAGE_GIFT, unless: ['offerDeclined'] },
    // The writer's own phone used to reach the patient or family: "asked me to ring her from my own phone".
    { match: 'ring/v|call/v|phone/v|text/v|texted|message/v|messaged|whatsapp/v|whatsapped him|her|them|back from|on|using my own|personal|private phone|mobile|cell|number', message: MESSAGE_CONTACT, when: ['reflection'] },
    // A patient's appeal or fundraiser put on the writer's own social media: "I shared it on my page".
    { match: 'share/v|shared|post/v|posted|repost/v|reposted it|this|the_link|the_page|the_fundraiser|their_fundraiser|his_fundraiser|her_fundraiser on my page|facebook|instagram|socials|story|account|feed|timeline|profile', message: MESSAGE_CONTACT, before: ['... fundraiser|gofundme|justgiving|appeal|donation|donations'], when: ['reflection'] },
    // "he fixed my car's brakes for free", "did my taxes as a thank-you": services from a patient.
    {
      match: `${SERVICE_DONE} my #any{0,3} ${CHEAP}`,
      message: MESSAGE_FAVOUR,
      when: ['personSubject'],
      unless: ['offerDeclined'],
    },
    // Work on the clinician's own things offered by the patient, whatever the price: "He offered to service my car since he
    // used to be a mechanic". Only the clinician's own ("my"), not the clinic's.
    { match: `offer/v|offered|offering to ${SERVICE_DONE} my`, message: MESSAGE_FAVOUR_DONE, before: ['... he|she|they|pt|patient|client|resident|@relative'], notAfter: ["patient's|pt's|client's|resident's|patients|clients"], unless: ['offerDeclined'] },
    // Goods from the patient's trade at a price no one else gets: "asked if his crew could sell me strawberries at a
    // discount", "sold me the tyres at cost". In a reflection, where the "me" is the student.
    { match: `sell/v|sold ${ME} #any{0,4} ${CHEAP}`, message: MESSAGE_FAVOUR, when: ['reflection'], notBefore: ['... @organisation|store|shop|vendor|supplier|dealer|company could|would|will|can|might|may?'] },
    // A lift in the writer's own car: "After clinic I gave her a lift to the night shelter because it was raining".
    { match: 'give/v|gave|giving|offer/v|offered him|her|them a lift|ride home|to|back', message: MESSAGE_OWN_FAVOUR, before: ['=I|we then|also|just|even|kindly?'], when: ['reflection'] },
    // "She asked if I wanted to grab coffee, and we went": meeting a patient socially.
    // Social meetings are judged in reflections only: a clinical note's "I" is a physician telling a patient to eat lunch.
    { match: 'grab/v|get/v|got coffee|drinks|a_drink|a_coffee|lunch|dinner|a_bite|a_beer|brunch', message: MESSAGE_DATE, before: ['... =I|me|we|us'], after: ['after|with_me|together|sometime|some_time|outside|this|that|on|?|,|and'], when: ['reflection'] },
    { match: [`meet/v|met ${WHO} for coffee|drinks|a_drink|lunch|dinner|a_beer|brunch`, `go/v|went out? for coffee|drinks|a_drink|lunch|dinner|a_beer|brunch with ${WHO}`], message: MESSAGE_DATE, before: ['... =I|we'], when: ['reflection'] },
    // A patient offering their own number ("She gave me her number") is not flagged: the rule concerns what the
    // clinician does, and the offer alone says nothing about whether it was taken up.
    // "She invited me to her birthday party and I went", "went to his house for dinner": the patient's social life joined.
    // The event may be a relative's or the family's: "invited me to her daughter's wedding", "to their Thanksgiving dinner".
    { match: `invite/v|invited me to his|her|their #word{0,2} ${SOCIAL_EVENT}`, message: MESSAGE_DATE, when: ['reflection'], unless: ['offerDeclined'] },
    {
      match: "go/v|went to his|her|their|the_patient's|pt's|my_patient's house|home|place|apartment|party|wedding|birthday|birthday_party|bbq|barbecue|graduation|church|temple|mosque|synagogue|cabin|lake_house|restaurant|bar",
      message: MESSAGE_DATE,
      before: ['... =I|we'],
      when: ['reflection'],
      notAfter: ['for a|the|his|her|their? home_visit|visit|eval|evaluation|assessment|session|treatment|safety_check|home_safety'],
      after: ['for dinner|lunch|drinks|coffee|a_drink|a_meal|the_evening|the_weekend|a_party|a_bbq|a_barbecue|his_birthday|her_birthday', 'party|wedding|birthday|bbq|barbecue|graduation', 'after|and|,|.|because|on|with|last|this|every'],
    },
    { match: `tell/v|told ${WHO} =I love/v|loved ${WHO}|you`, message: MESSAGE_DATE },
    // Asked out, and the yes: "After he left detox, he asked me out for coffee and I said yes". Not a refusal.
    { match: "ask/v|asked me out #any{0,6} ,? and|so =I said_yes|agreed|accepted|went|said_okay|said_ok", message: MESSAGE_DATE, when: ['reflection'] },
    // "She followed me on Instagram, and I followed her back": the patient's contact and the clinician's answer are one
    // exchange, reported once.
    { match: `follow/v|add/v|friend/v me on|via @social #any{0,8} follow/v|friend/v|add/v ${WHO} back` },
    // A patient's social-media request taken up in so many words: "She asked me to be her friend on Facebook and I
    // accepted", "he wanted to follow me on Instagram and I said yes". Not a refusal ("and I said no", "and I redirected him").
    { match: '=I accepted|agreed|said_yes|said_okay|said_ok|did', before: ['... on|via @social ,? and', '... on|via @social #any{1,3} ,? and'], notBefore: ['... add/v|follow/v|friend/v me'], when: ['reflection'] },
    // The patient's own request and the yes, as one exchange (as with following back): "he added me on Instagram and I
    // accepted", "She friended me on Facebook after discharge and I accepted".
    { match: 'add/v|follow/v|friend/v me on|via @social #any{0,4} ,? and =I accepted|agreed|said_yes|said_okay|said_ok|did', when: ['reflection'] },
    // "I followed her back", "friended him back": the clinician taking up a patient's social-media contact.
    { match: `follow/v|friend/v|add/v|message/v|dm|dmed ${WHO} back`, when: ['socialMediaNearby'] },
    // "Her texts kept coming to my personal number": the clinician's own line in use with the patient.
    { match: [`[ my personal|own|private cell|mobile|home? number|cell|phone|email|account ]`, '[ my cell|mobile number ]'], before: ['... text/n|texts|texted|texting|call/n|calls|calling|message/n|messages|messaged|email/v|emailed|emailing|dm|dms|coming_to|sent_to|reached_me_on|reach_me_on|contact_me_on'], when: ['reflection'] },
    // "I found her on Facebook", "found his profile on Instagram": the patient sought out where they live their private life.
    { match: `=I|we then|later|also|even? find/v|found|searched_for|search/v_for|looked_for ${WHO}|his_profile|her_profile|their_profile|his_page|her_page|their_page on|via @social`, when: ['reflection'] },
    // "I looked him up afterwards", "googled her": searching out a patient's private life.
    { match: [`look/v ${WHO} up`, `google/v|googling|googled|stalk/v ${WHO}`, `look/v up ${WHO} on|online`], when: ['reflection'], notAfter: ['in|on the|his|her|their? chart|record|records|ehr|emr|epic|cerner|system|computer|database|schedule|list|board|census ...'],
      // A record number noted to find the patient in it ("Her MRN is 0073…, which I wrote down so I could look her up later").
      unless: ['recordNamed'] },
    // "… on the patient because I needed the practice": the session bent to the student's learning needs.
    { match: "because|since|as =I|we need/v|want/v the|my|more|some? practice|practise|experience|hours|competency|competencies|check-off|checkoff|sign-off|signoff|skills_check", message: '"{match}": the session is for the patient\'s goals, not the clinician\'s practice or sign-offs. Practise on peers or in the lab, and reflect on it with your CI.', when: ['reflection'] },
    // "I cried on his shoulder about my grades": the patient made the clinician's comfort.
    { match: 'cry/v|sob/v on his|her|their shoulder', message: MESSAGE_VENT, before: ['... =I'] },
    // "He helped me carry my bags to the car": the patient serving the clinician's own errands.
    { match: 'help/v|helped|helping me carry|move|lift|load|unload|pack|fix|clean|paint|paint|with my', message: MESSAGE_FAVOUR, when: ['personSubject', 'reflection'], notAfter: ['documentation|notes|note|goniometry|practice|practical|exam|assessment|session|equipment|mat|set-up|setup'] },
    // "We're friends on Facebook now": the writer and the patient connected.
    { match: "we're|we_are|we_became|became|are_now|we_are_now friends on|via @social", when: ['reflection'] },
    // "I shared my Instagram handle with him", "gave my number to his wife".
    { match: `share/v|shared|give/v|gave|send/v|sent my own|personal|private|cell|mobile? @social? number|cell|phone_number|email|@social|handle|username|account|contact_info|details with|to ${WHO}` },
    // "venting to him about my CI", "confided in her about my breakup"
    { match: `${VENT} to|in|on ${WHO}`, message: MESSAGE_VENT, before: ['... =I|we'] },
    // The hearer left out, with the patient later in the clause: "so I ended up venting about my own breakup to make her
    // feel less alone". Not what the writer told a colleague or a friend after work.
    {
      match: `${VENT} about my own? ${MY_TROUBLES}`,
      message: MESSAGE_VENT,
      when: ['reflection'],
      before: ['... =I'],
      after: ['her|him|them|pt|patient ...', 'to the|a|this|my #num -? year|yr -? old|-year-old'],
      notAfter: ['#any{0,6} to|with my|a|the @colleague|friend|friends|roommate|therapist|counselor|counsellor|partner|mom|mum|mother|dad|family|journal'],
    },
    { match: `complain/v to ${WHO}`, message: MESSAGE_VENT, before: ['... =I|we'], after: ['about my'] },
    { match: `tell/v ${WHO} all? about my own? ${MY_TROUBLES}`, message: MESSAGE_VENT },
    // The person placed by room or bed: "I ended up telling the lady in room 9 all about my breakup".
    { match: `tell/v the|this|that|my @person|@circle in|on|from room|bed|bay|cubicle|side_room #int|#upper all? about my own? ${MY_TROUBLES}`, message: MESSAGE_VENT },
    // "asked her out", "went on a date with him", "dating a former patient"
    {
      match: [
        `ask/v ${WHO} out|on_a_date|to_dinner|to_drinks|to_a_movie|to_a_party|to_my_place|for_drinks_after|for_a_drink_after|for_coffee_after`,
        `go/v out? on a date with ${WHO}`,
        'dating|dated|date|flirt/v_with|hooked_up_with|kiss/v a|my|our|the|this former? pt|patient|client',
      ],
      message: MESSAGE_DATE,
    },
    // The clinician saying yes to a patient's invitation: "after discharge I said yes to coffee", "I agreed to go out with him".
    {
      match: [
        '=I said_yes|agreed to coffee|drinks|a_drink|dinner|lunch|brunch|a_date|a_beer|a_movie|going_out|go_out',
        `=I said_yes|agreed|accepted to? go/v|going out with ${WHO}|on_a_date`,
        `=I accepted|accept/v his|her|their invitation|invite|offer to|for coffee|drinks|a_drink|dinner|lunch|brunch|a_date|a_movie|go_out`,
        `=I accepted|accept/v his|her|their dinner|date|coffee|drinks invitation|invite`,
      ],
      message: MESSAGE_DATE,
      when: ['reflection'],
    },
    // "posted a photo of him on Instagram", "took a selfie with the patient", and what came out of the person's care ("posted
    // a photo from his session on my story"). Not the patient, a relative or the clinic posting, nor a post they consented to.
    {
      // "Shared a video with her" is showing her one (an exercise video); only a post can be "with" the person in it.
      match: [`${POSTED} of|about|from ${WHO}`, `${POSTED} of|about|from ${SESSION}`, `post/v|upload/v a|the|some? photo/n|picture/n|pic/n|video/n|clip/n|selfie/n|reel/n|tiktok/n with ${WHO}`, `took a? selfie/n with ${WHO}`],
      notBefore: ['@subject|@relative|clinic|hospital|facility|department|marketing|team|unit|practice|company|organisation|organization', '@subject|@relative|clinic|hospital|facility|department|team|unit|practice also|then|later|proudly|happily'],
      notAfter: ['#any{0,12} consent|permission|release_form'],
      // Asked of the writer and turned down: "She asked me to post a photo of her first steps; I explained why I couldn't".
      unless: ['offerDeclined'],
      message: '"{match}": posting about or photographing a patient for your own social media uses their story for your purposes and risks their privacy. Keep patient stories out of personal accounts.',
    },
  ],
  docs: {
    summary: 'The patient serving the clinician\'s needs: favours, rides, discounts, gifts or money, personal contact and social media, venting to the patient, dating.',
    why:
      'The source text states it without qualification: patients should never be asked or manipulated to serve the physical, emotional or psychological needs of the therapist. A favour from a patient (a ride, help moving, a discount at their business, a course evaluation), a gift card, a personal phone number or a social-media connection all turn the relationship toward the clinician, and the patient may find it hard to say no to someone they depend on for care. Venting to a patient hands them the clinician\'s emotional load. Codes of ethics for physical therapists put the patient\'s interests first, and social-media guidance warns about patient stories and contact outside professional channels.',
    prefer: 'Keep contact in professional channels (clinic phone, portal); decline gifts and favours (and note that you did); take your own concerns to your CI, a colleague or a counsellor; reflect in writing on what prompted the situation.',
    exceptions: [
      'The clinician declining an offer ("he offered me a ride; I thanked him and explained I could not accept").',
      'Professional contact details ("gave the patient the clinic\'s main phone line").',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['seed', 'S30', 'S38'],
  },
  examples: {
    flagged: [
      { text: 'After clinic I {{gave her a lift to}} the night shelter because it was raining.', mode: 'reflection' },
      { text: 'I ended up {{telling her all about my own miscarriage}} and crying.', mode: 'reflection' },
      { text: 'She {{gave me a thank-you card with a $20 gift card}} inside, and I kept it.', mode: 'reflection' },
      { text: 'I ended up {{telling the lady in room 9 all about my breakup}} because she is such a good listener.', mode: 'reflection' },
      { text: 'He sent me his fundraiser, https://crowd.example.com/f/help-kofi, and {{I donated}} twenty pounds.', mode: 'reflection' },
      { text: 'I {{added Tom H. on Instagram}} after discharge.', mode: 'reflection' },
      { text: '{{I gave £10}} from my own pocket to the collection for his family.', mode: 'reflection' },
      { text: 'I asked if he could {{look at my bike on the cheap}}.', mode: 'reflection' },
      { text: 'That evening I {{accepted her friend request}} on Facebook.', mode: 'reflection' },
      { text: '{{I took the tenner}} his wife pressed on me.', mode: 'reflection' },
      { text: 'His mum asked if I could {{babysit}} at the weekend.', mode: 'reflection' },
      { text: 'Her husband said he could {{fix my boiler cheap}}.', mode: 'reflection' },
      { text: 'His wife wanted to {{pay me to carry on}} visiting after discharge.', mode: 'reflection' },
      { text: 'She asked me to {{pick up a prescription in town for her}} and I did it after my shift.', mode: 'reflection' },
      { text: 'His cousin could {{sort me a cheap deal}} on a phone, he said.', mode: 'reflection' },
      { text: 'I {{lent her a fiver}} for the bus.', mode: 'reflection' },
      { text: 'I ended up {{offloading about my placement}} to her while we waited.', mode: 'reflection' },
      { text: 'His wife {{pressed a fiver into my hand}} as we left.', mode: 'reflection' },
      { text: 'At discharge he {{pressed a £20 note into my hand}}.', mode: 'reflection' },
      { text: 'The son asked me to {{call him from my own mobile}} in the evening.', mode: 'reflection' },
      { text: 'Her family started a fundraiser and I {{shared it on my page}}.', mode: 'reflection' },
      { text: 'Her husband {{offered to paint my}} kitchen after she went home.', mode: 'reflection' },
      { text: 'He always {{slips me a fiver}} at the end of the session.', mode: 'reflection' },
      { text: 'I {{asked him to sign off my DOPS form}} while he was still drowsy.', mode: 'reflection' },
      { text: 'Before I left I gave him {{my personal mobile}} in case he needed anything over the weekend.', mode: 'reflection' },
      { text: 'I asked the family if I could {{film her}} home PD set-up for my TikTok about renal nursing.', mode: 'reflection' },
      { text: "I asked Mr Ferreira's permission to {{film his}} tremor on my phone for my portfolio.", mode: 'reflection' },
      { text: 'I told him he needed to let me take his bloods because {{I had to get it signed off}}.', mode: 'reflection' },
      { text: 'He {{gave me his number}}, 555-0163, in case I wanted to see his allotment.', mode: 'reflection' },
      { text: 'He {{gave me his mobile number}} so I could text him about football.', mode: 'reflection' },
      { text: '{{I borrowed twenty pounds from him}} for the car park machine.', mode: 'reflection' },
      { text: '{{I offered to drive her home}} after my shift.', mode: 'reflection' },
      { text: 'Mum {{offered to give me a lift}} home after the visit and I said yes.', mode: 'reflection' },
      { text: 'Her fundraiser link came up, and I shared it {{on my Instagram}} story.', mode: 'reflection' },
      { text: 'She offered to {{bring me a dozen eggs}} from her hens and I said yes.', mode: 'reflection' },
      { text: 'On my last day his wife {{gave me a $25 gift card}} and I took it so I wouldn\'t seem rude.', mode: 'reflection' },
      { text: 'I asked her if she would {{be in a video}} for my class project on adaptive sports.', mode: 'reflection' },
      { text: 'He is an engineering major, so I had him {{fix my bike\'s}} brakes while he waited for paratransit.', mode: 'reflection' },
      { text: 'His dad owns a bike shop, so I asked if he could {{get me a deal}} on a road bike.', mode: 'reflection' },
      { text: 'I asked him if his nephew could {{get me a discount}} at the gym he manages.', mode: 'reflection' },
      { text: 'She kept apologizing for crying, so I ended up {{venting about my own breakup}} to make her feel less alone.', mode: 'reflection' },
      { text: 'She asked about my wedding, so I showed her photos and {{we followed each other on Instagram}}.', mode: 'reflection' },
      { text: 'I asked if her husband could {{look at my car}} since he is a mechanic.', mode: 'reflection' },
      { text: 'She bakes, so {{I asked if she\'d make a cake for my}} CI\'s birthday.', mode: 'reflection' },
      { text: 'He {{gave me his cell}} and asked me to text him after my shift.', mode: 'reflection' },
      { text: 'His caregiver set up a fundraiser and {{I donated}} twenty dollars.', mode: 'reflection' },
      { text: 'On my last day he asked for {{my Snapchat}} and I said yes.', mode: 'reflection' },
      { text: 'One of my patients offered to {{braid my hair for free}} and I said yes.', mode: 'reflection' },
      { text: 'He kept {{giving me free}} tacos after our sessions, and I kept accepting.', mode: 'reflection' },
      { text: 'Her caregiver asked if I could {{give him rides}} to the pharmacy.', mode: 'reflection' },
      { text: 'I shared his fundraiser {{on my Instagram}} the same night.', mode: 'reflection' },
      { text: 'She asked whether I could {{give her a ride}} to the pharmacy and I agreed.', mode: 'reflection' },
      { text: '{{I drove him home}} after his last session.', mode: 'reflection' },
      { text: "{{I accepted the family's spare concert tickets}} on his last day.", mode: 'reflection' },
      { text: 'His son {{offered me $50}} for the extra visit.', mode: 'reflection' },
      { text: 'I {{added the runner on Instagram}} after the meet.', mode: 'reflection' },
      { text: 'Her husband runs a bakery and {{offered me free cakes}} for my graduation; I took them.', mode: 'reflection' },
      { text: 'A month after discharge she {{asked me out for drinks and I said yes}}.', mode: 'reflection' },
      { text: 'I asked his daughter, a hairdresser, if she could {{cut my hair}}.', mode: 'reflection' },
      { text: 'I {{accepted a friend request from my patient\'s sister}} on Facebook.', mode: 'reflection' },
      { text: 'I asked her to {{bring a tray of her tamales for our team}} on Friday.', mode: 'reflection' },
      'Pt offered to {{drive the therapist home}} after clinic.',
      { text: 'Week 6: the student {{accepted cash from a patient\'s}} son and has since returned it.', mode: 'reflection' },
      'Pt\'s daughter {{gave this writer a $20 gift card}}.',
      { text: 'After the visit he {{drove me to}} the bus station because it was snowing.', mode: 'reflection' },
      { text: 'His daughter {{asked if I wanted their spare bike and I said yes}}, since mine had been stolen.', mode: 'reflection' },
      { text: 'After discharge she {{added me on Instagram and I accepted}}.', mode: 'reflection' },
      { text: 'Her brother said he\'d {{give me a good deal}} on a used car.', mode: 'reflection' },
      { text: 'His wife {{offered me their lake cabin}} for a weekend.', mode: 'reflection' },
      { text: 'I asked her if she could {{put in a good word for me}} at the hospital where her daughter works.', mode: 'reflection' },
      { text: 'I asked his wife whether she would {{write me a reference}} for my next placement.', mode: 'reflection' },
      { text: 'I asked him if he could {{pass on my resume}} to his manager.', mode: 'reflection' },
      { text: 'I {{shared a video of her first steps}} on my Instagram because it was so moving.', mode: 'reflection' },
      { text: 'We {{posted a selfie with him}} to my story after his last session.', mode: 'reflection' },
      { text: 'I {{uploaded a clip from her session}} to TikTok to show my classmates.', mode: 'reflection' },
      { text: 'I {{posted a picture of his scar}} so my friends could see the staples.', mode: 'reflection' },
      { text: "I asked his wife if she could {{bake us some cookies}} for the holiday party.", mode: 'reflection' },
      { text: "Asked the patient's daughter to {{bring us some of her famous empanadas}}.", mode: 'reflection' },
      { text: "I asked her whether she could {{bring in donuts for the nurses}}.", mode: 'reflection' },
      { text: 'I gave him {{my personal cell number}} so he could text me about his workouts.', mode: 'reflection' },
      { text: 'After discharge I {{added her on Instagram}}.', mode: 'reflection' },
      { text: 'She asked me to be her friend on Facebook and {{I accepted}}.', mode: 'reflection' },
      { text: 'He wanted to {{follow me on Instagram and I said yes}}.', mode: 'reflection' },
      { text: 'I asked his caregiver {{for a ride}} to the train station after clinic.', mode: 'reflection' },
      { text: 'His brother paints houses, so I {{asked him for a quote}} on my kitchen.', mode: 'reflection' },
      { text: 'Her husband said he could {{get me a discount}} at his gym, and I signed up.', mode: 'reflection' },
      { text: 'I {{accepted $50 from his daughter}} at the end of the admission.', mode: 'reflection' },
      { text: 'I {{took $40 off his wife}} as a thank-you.', mode: 'reflection' },
      { text: 'I {{accepted 50 dollars from the patient\'s son}} after the family meeting.', mode: 'reflection' },
      { text: 'I ended up {{venting to him}} about my CI because he listens so well.', mode: 'reflection' },
      { text: 'I {{accepted a $40 gift card from him}} at the last visit.', mode: 'reflection' },
      { text: 'I asked him to {{help me move boxes}} because his caregiver has a truck.', mode: 'reflection' },
      { text: 'She {{offered me her student discount code}} and I used it for my textbooks.', mode: 'reflection' },
      { text: 'He {{follows me on Snapchat}} now and we message most evenings.', mode: 'reflection' },
      { text: 'I {{lent her $20}} for the bus home.', mode: 'reflection' },
      { text: 'She {{invited me to her birthday party}} and I went.', mode: 'reflection' },
      { text: 'I {{went to his house}} for dinner after discharge.', mode: 'reflection' },
      { text: 'He is a mechanic, and he {{fixed my brakes for free as a thank-you}}.', mode: 'reflection' },
      { text: 'She asked if I wanted to {{grab coffee}} after her last visit.', mode: 'reflection' },
      { text: 'I asked my patient to {{like my cousin\'s}} bakery page on Facebook.', mode: 'reflection' },
      { text: 'After discharge I {{followed him back}} on TikTok.', mode: 'reflection' },
      { text: 'I asked my patient, a mechanic, whether he could {{get me a deal}} on tires.', mode: 'reflection' },
      { text: 'His texts kept coming to {{my personal cell}} on weekends.', mode: 'reflection' },
      { text: 'She asked for {{my Instagram at her last visit, and I followed her}} that night.', mode: 'reflection' },
      { text: 'He asked for {{my number so he could text me his times, and I gave it to him}}.', mode: 'reflection' },
      { text: 'Her daughter {{gave me her home address}} so I could send a card after discharge.', mode: 'reflection' },
      { text: 'Her son emailed {{my personal account}} with the photos from the fundraiser.', mode: 'reflection' },
      { text: 'He kept calling {{my cell number}} after discharge.', mode: 'reflection' },
      { text: 'I {{looked her up}} on Instagram after the session.', mode: 'reflection' },
      { text: '{{I found her on Facebook}} and scrolled through her recovery photos.', mode: 'reflection' },
      { text: 'I tested his balance twice {{because I needed the practice}}.', mode: 'reflection' },
      { text: 'He offered to {{drive me}} to the station, and I said yes.', mode: 'reflection' },
      { text: 'He {{sent me his Snapchat and I added}} him.', mode: 'reflection' },
      { text: 'His family {{gave me a $50 gift card}}, which I kept.', mode: 'reflection' },
      { text: 'He said his shop could {{fix my car at cost}}.', mode: 'reflection' },
      { text: "He {{invited me to his grandson's graduation}} and I went.", mode: 'reflection' },
      { text: '{{I agreed to go out with him}} after his last visit.', mode: 'reflection' },
      { text: 'She {{brought me homemade tamales}} every week, and I started to look forward to it.', mode: 'reflection' },
      { text: 'His wife {{baked cookies for me}} before every visit.', mode: 'reflection' },
      { text: 'She {{followed me on Instagram, and I followed her back}}.', mode: 'reflection' },
      { text: 'She {{slipped me a twenty}} on her way out.', mode: 'reflection' },
      { text: 'His daughter {{tipped me}} $10.', mode: 'reflection' },
      { text: 'I {{cried on his shoulder}} about my grades.', mode: 'reflection' },
      { text: 'I asked her if her husband could {{get me a}} job at his firm.', mode: 'reflection' },
      { text: 'He offered to {{let me stay}} at his cabin for the weekend and I said yes.', mode: 'reflection' },
      { text: '{{I accepted the scarf}} she knitted for me.', mode: 'reflection' },
      { text: '{{I accepted the cookies}} from his wife.', mode: 'reflection' },
      { text: 'He {{helped me carry my}} bags to the car.', mode: 'reflection' },
      { text: "{{We're friends on Facebook}} now.", mode: 'reflection' },
      { text: 'I {{shared my Instagram handle with him}}.', mode: 'reflection' },
      { text: 'I {{went to her church}} on Sunday because she invited me.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Her son gave her a lift to clinic and waited outside.', mode: 'reflection' },
      { text: 'When Mum offered me a box of chocolates I thanked her and explained they would go in the staff room for the whole team.', mode: 'reflection' },
      { text: 'She asked me to post a photo of her first steps; I explained why I couldn\'t and suggested her daughter take one instead.', mode: 'reflection' },
      { text: 'She gave me a thank-you card with a drawing from her grandson, which I put on the staff board.', mode: 'reflection' },
      { text: 'The ward ran a fundraiser for the hospice, and I donated blood the same week.', mode: 'reflection' },
      { text: 'His daughter gave me her number, 555-0142, in case he got confused overnight.', mode: 'reflection' },
      { text: 'The garage offered to service my car on Saturday.', mode: 'reflection' },
      { text: 'I gave him the ward phone number and the out-of-hours line.', mode: 'reflection' },
      { text: 'Her MRN was written on the fridge chart I photographed for my portfolio.', mode: 'reflection' },
      { text: 'The medical photographer filmed his gait for the neurology team with his written consent.', mode: 'reflection' },
      { text: 'She filmed her own exercises on her phone so she could copy them at home.', mode: 'reflection' },
      { text: 'My assessor was off, so I had to get it signed off by the ward manager.', mode: 'reflection' },
      { text: 'He gave me his daughter\'s number in case the ward needed to reach her.', mode: 'reflection' },
      { text: 'I made a poster about aphasia and shared it on my Instagram.', mode: 'reflection' },
      { text: 'His daughter gave me her email so I could send the home program.', mode: 'reflection' },
      { text: 'He offered me $20 to stay late; I thanked him, explained the clinic policy, and booked a longer slot next week.', mode: 'reflection' },
      { text: 'I had his wife help me with the transfer to the car.', mode: 'reflection' },
      { text: 'After clinic I vented about my CI to my roommate.', mode: 'reflection' },
      { text: 'My CI and I followed each other on Instagram after the placement ended.', mode: 'reflection' },
      { text: 'He asked if I could give him a ride home and I explained I couldn\'t, then helped him book paratransit.', mode: 'reflection' },
      { text: 'I donated blood at the campus drive.', mode: 'reflection' },
      { text: 'The rep gave me free samples for the clinic.', mode: 'reflection' },
      { text: 'I declined when she offered to braid my hair for free.', mode: 'reflection' },
      { text: 'He asked for my email and I gave him the clinic address instead.', mode: 'reflection' },
      { text: 'I said no when his wife offered me fifty dollars for the extra visit.', mode: 'reflection' },
      { text: 'She gave me her new address so I could update the referral.', mode: 'reflection' },
      { text: 'When the family offered me chocolates I thanked them and asked them to leave the box at the nurses\' station instead.', mode: 'reflection' },
      { text: 'I copied down his MRN so I could look him up in Epic before clinic.', mode: 'reflection' },
      { text: 'She asked if I could drive her home, and I explained how to book the hospital shuttle.', mode: 'reflection' },
      { text: 'He asked me out for coffee after discharge, and I said no and told my CI.', mode: 'reflection' },
      { text: 'I politely declined when his wife offered me a gift card.', mode: 'reflection' },
      { text: 'The alarms all night drove me crazy, and I learned to silence them faster.', mode: 'reflection' },
      { text: 'He asked if I needed a seat while I charted, and I took it gratefully.', mode: 'reflection' },
      { text: 'She asked if I wanted a ride to the station and I said no, thank you.', mode: 'reflection' },
      { text: 'He asked me if I could put in a good word for him with the surgeon.', mode: 'reflection' },
      { text: 'I asked the case manager if she could put in a good word for him with the rehab facility.', mode: 'reflection' },
      { text: 'She asked if she could add me on Facebook, and I explained that I keep patient contact to the clinic portal.', mode: 'reflection' },
      { text: 'He wondered whether he could follow me on Instagram; I said I keep my accounts private.', mode: 'reflection' },
      { text: 'The clinic posted a video of her first steps on its Facebook page with her written consent.', mode: 'reflection' },
      { text: 'I posted a photo of my dog on my story after clinic.', mode: 'reflection' },
      { text: 'His daughter posted a video of him walking on Facebook and tagged the clinic.', mode: 'reflection' },
      { text: 'I shared a video with her that shows the HEP step by step.', mode: 'reflection' },
      { text: 'She posted a video of her walking on her own Instagram and tagged the clinic.', mode: 'reflection' },
      { text: "Asked her to bring in her pill bottles next visit.", mode: 'reflection' },
      { text: "Asked the daughter to bring his lunch so we can practise feeding.", mode: 'reflection' },
      { text: "Asked pt to bring her own snacks for the diabetes class.", mode: 'reflection' },
      { text: "I asked his wife to bring in his breakfast for us to watch him eat.", mode: 'reflection' },
      { text: 'I gave the patient the clinic\'s main phone line for scheduling questions.', mode: 'reflection' },
      { text: 'Her son said he could give me a ride, but I thanked him and declined.', mode: 'reflection' },
      { text: 'He said he could get me his old MRI disc from the other hospital.', mode: 'reflection' },
      { text: 'I accepted the $20 copay from the patient at the front desk.', mode: 'reflection' },
      { text: 'I asked him for a quote from his favourite coach to put on his goal sheet.', mode: 'reflection' },
      { text: 'He offered me a ride home in the rain; I thanked him and explained I could not accept.', mode: 'reflection' },
      { text: 'He asked to add me on Facebook, and I said no and gave him the clinic portal.', mode: 'reflection' },
      { text: 'She posted her progress video on Instagram and I said it was great to see.', mode: 'reflection' },
      { text: 'I asked him to show me how he sets up his sliding board.', mode: 'reflection' },
      { text: 'I looked her up in the chart before the session.', mode: 'reflection' },
      { text: 'I looked him up before rounds to check his INR and his morning labs.', mode: 'reflection' },
      { text: 'I followed her back to her room after the session.', mode: 'reflection' },
      { text: 'I called the clinic from my personal phone to say I would be late.', mode: 'reflection' },
      { text: 'I called the clinic from my cell to say I was running late.', mode: 'reflection' },
      { text: 'Pt asked me for a copy of the HEP with pictures.', mode: 'reflection' },
      { text: 'I told my CI about my worry that I had overstepped.', mode: 'reflection' },
      { text: 'Pt likes to grab coffee with his friends after class.', mode: 'reflection' },
      { text: 'I went to his house for the home safety evaluation with my CI.', mode: 'reflection' },
      { text: 'She invited me to her wedding; I thanked her and explained I could not attend.', mode: 'reflection' },
      { text: 'His brother fixed his wheelchair brakes for free.', mode: 'reflection' },
      { text: 'She wanted to add me on Facebook; I explained the social media policy.', mode: 'reflection' },
      { text: 'He offered to drive me to the station, but I declined.', mode: 'reflection' },
      { text: 'His family gave him a gift card for his birthday.', mode: 'reflection' },
      { text: 'He kept asking me out, and I said no every time.', mode: 'reflection' },
      { text: 'She offered to help me set up the mat for her exercises.', mode: 'reflection' },
      { text: 'She brought me her pill bottles so we could check the doses.', mode: 'reflection' },
      { text: 'He made me a list of the stairs in his building.', mode: 'reflection' },
      { text: 'She brought me cookies, and I thanked her and explained I could not accept them.', mode: 'reflection' },
      { text: 'I brought her the menu so she could choose her own lunch.', mode: 'reflection' },
      { text: 'She tipped me off about her fall at home.', mode: 'reflection' },
      { text: 'He helped me with my goniometry practice.', mode: 'reflection' },
      { text: 'I went to her room because she called.', mode: 'reflection' },
      { text: 'I accepted the referral from her PCP.', mode: 'reflection' },
      { text: 'I shared my screen with the patient during telehealth.', mode: 'reflection' },
      { text: 'Pt and his daughter are friends on Facebook.', mode: 'reflection' },
    ],
  },
});
