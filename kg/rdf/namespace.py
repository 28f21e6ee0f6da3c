"""PAKG, the closed rdflib namespace generated from kg/ontology/pakg.ttl."""
# Generated: one line per term with its definitions, so lines run long.
# ruff: noqa: E501

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["PAKG"]


class PAKG(DefinedNamespace):
    """
    The pakg ontology: actor classes, interaction properties, event types, quad classes.

    Generated from: kg/ontology/pakg.ttl (python -m rdflib.tools.defined_namespace_creator)
    Date: 2026-11-29 10:33:05.571494
    """

    _NS = Namespace("https://w3id.org/pakg/ont#")
    _fail = True

    ACCUSE: URIRef  # The source accuses, blames, criticizes, condemns or denounces the target; complains officially; sues or investigates it. يتهم المصدر الهدف أو يحمّله المسؤولية أو ينتقده أو يدينه أو يندد به؛ أو يتقدم بشكوى رسمية ضده، أو يقاضيه أو يحقق معه.
    AGREE: URIRef  # The source agrees to, accepts or promises what the target asks or offers, or expresses intent to cooperate with it: agrees to talks, accepts a proposal or a ceasefire plan, reaches a deal in principle. يوافق المصدر على ما يطلبه الهدف أو يعرضه، أو يقبله أو يتعهد به، أو يُبدي نيته التعاون معه: يوافق على إجراء محادثات، أو يقبل مقترحاً أو خطة لوقف إطلاق النار، أو يتوصل إلى اتفاق مبدئي.
    AID: URIRef  # The source provides material aid to the target: military (including arms sales), economic, humanitarian or advisory; or grants asylum. يقدّم المصدر مساعدة مادية للهدف: عسكرية (بما فيها بيع الأسلحة) أو اقتصادية أو إنسانية أو استشارية؛ أو يمنح اللجوء.
    ASSAULT: URIRef  # The source attacks, bombs, shells, fights, kills, abducts or strikes the target: deliberate physical harm. يهاجم المصدر الهدف أو يقصفه بالطائرات أو بالمدفعية أو يقاتله أو يقتل منه أو يختطف منه أو يضربه: أذى جسدي متعمد.
    Actor: URIRef  # A political entity that acts or is acted upon: a state, a person or an organization. Written with exactly one, most specific, subclass. كيان سياسي يقوم بالفعل أو يقع عليه الفعل: دولة أو شخص أو منظمة. يُكتب بصنف فرعي واحد هو الأدق.
    ArmedGroup: URIRef  # A non-state armed group, militia or armed movement, such as ISIS or Hezbollah. جماعة مسلحة أو ميليشيا أو حركة مسلحة من غير الدول، مثل تنظيم الدولة الإسلامية أو حزب الله.
    COERCE: URIRef  # The source arrests, detains, seizes, blockades, deports, censors, restricts or represses the target, short of violence. يعتقل المصدر الهدف أو يحتجزه أو يصادر ممتلكاته أو يحاصره أو يرحّله أو يفرض عليه رقابة أو قيوداً أو يقمعه، دون عنف.
    CONCEDE: URIRef  # The source yields politically to the target: accedes to its demands (policy, leadership, rights, reform) or eases political restrictions. يتنازل المصدر سياسياً أمام الهدف: يلبّي مطالبه (في السياسات أو القيادة أو الحقوق أو الإصلاح) أو يخفف القيود السياسية.
    CONSULT: URIRef  # The source meets, visits, hosts, phones, negotiates with, or mediates with the target. يلتقي المصدر بالهدف أو يزوره أو يستضيفه أو يتصل به هاتفياً أو يفاوضه أو يتوسط معه.
    COOPERATE: URIRef  # The source cooperates materially with the target (military, economic, judicial, intelligence), or joins it in an alliance or joint operation. يتعاون المصدر مادياً مع الهدف (عسكرياً أو اقتصادياً أو قضائياً أو استخباراتياً)، أو ينضم إليه في تحالف أو عملية مشتركة.
    Coalition: URIRef  # A named multinational coalition, such as the anti-ISIS coalition or the Saudi-led Arab coalition. تحالف متعدد الجنسيات له اسم، مثل التحالف الدولي ضد تنظيم الدولة الإسلامية أو التحالف العربي بقيادة السعودية.
    Document: URIRef  # A news text from which interactions are extracted, identified by dcterms:identifier. نص إخباري تُستخرج منه التفاعلات، ويُعرَّف بالخاصية dcterms:identifier.
    EventTypeScheme: URIRef  # The 16 PLOVER event types an interaction can have; skos:notation holds the type as written in lexicons and gold files (REJECT). أنواع أحداث PLOVER الستة عشر التي يمكن أن يحملها التفاعل؛ وتحمل الخاصية skos:notation اسم النوع كما يُكتب في المعاجم وملفات التوسيم (REJECT).
    GovernmentBody: URIRef  # A ministry, army, agency or other institution of a state, keyed ISO.NAME (for example USA.PENTAGON). وزارة أو جيش أو وكالة أو مؤسسة أخرى تابعة لدولة، مفتاحها بالصيغة ISO.NAME (مثل USA.PENTAGON).
    Interaction: URIRef  # One event read from one sentence: a source actor does something of one event type to a target actor. Carries the evidence sentence, its offsets and the document it was derived from. حدث واحد مقروء من جملة واحدة: فاعل مصدر يقوم بفعل من نوع حدث معيّن تجاه فاعل مستهدف. يحمل جملة الدليل ومواضعها والوثيقة التي اشتُق منها.
    InternationalOrganization: URIRef  # An intergovernmental organization such as the UN, NATO, the EU or the Arab League. منظمة حكومية دولية مثل الأمم المتحدة أو حلف شمال الأطلسي أو الاتحاد الأوروبي أو جامعة الدول العربية.
    MOBILIZE: URIRef  # The source moves or deploys forces, weapons or police toward the target short of using them, raises alert, or shows force. يحرّك المصدر قوات أو أسلحة أو شرطة أو ينشرها تجاه الهدف دون استخدامها، أو يرفع حالة التأهب، أو يستعرض قوته.
    MaterialConflict: URIRef  # Hostile acts with material effect: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT. أفعال عدائية ذات أثر مادي: PROTEST و SANCTION و MOBILIZE و COERCE و ASSAULT.
    MaterialCooperation: URIRef  # Cooperative acts with material effect: CONCEDE, COOPERATE, AID, RETREAT. أفعال تعاونية ذات أثر مادي: CONCEDE و COOPERATE و AID و RETREAT.
    Organization: URIRef  # A collective actor that is not a state: a body, group, organization or alliance. فاعل جماعي ليس دولة: هيئة أو جماعة أو منظمة أو تحالف.
    PROTEST: URIRef  # The source demonstrates, strikes, boycotts or protests against the target (collective civilian action). يتظاهر المصدر أو يُضرب أو يقاطع أو يحتج ضد الهدف (تحرك مدني جماعي).
    Person: URIRef  # A named individual such as a leader, minister or spokesperson, affiliated with the state or organization they serve. فرد مسمّى كقائد أو وزير أو متحدث رسمي، تابع للدولة أو المنظمة التي يخدمها.
    QuadClassScheme: URIRef  # The four quad classes that group the PLOVER event types: verbal and material cooperation, verbal and material conflict. الفئات الرباعية الأربع التي تجمع أنواع أحداث PLOVER: التعاون اللفظي والمادي، والصراع اللفظي والمادي.
    REJECT: URIRef  # The source rejects, refuses or declines the target's request, proposal or invitation, or refuses to join the target; vetoes it. يرفض المصدر طلب الهدف أو اقتراحه أو دعوته أو يعتذر عن قبولها، أو يرفض الانضمام إليه؛ أو يستخدم حق النقض ضده.
    REQUEST: URIRef  # The source asks, appeals to, calls on, demands of, or invites the target. يطلب المصدر من الهدف أو يناشده أو يدعوه إلى أمر أو يطالبه به أو يوجّه إليه دعوة.
    RETREAT: URIRef  # The source makes a concession with immediate material effect toward the target: withdraws forces or personnel, releases prisoners or property, eases economic sanctions, lets in inspectors, aid or peacekeepers, declares a ceasefire, demobilises or backs down militarily. يقدّم المصدر تنازلاً ذا أثر مادي فوري تجاه الهدف: يسحب قوات أو أفراداً، أو يُفرج عن أسرى أو ممتلكات، أو يخفف العقوبات الاقتصادية، أو يسمح بدخول المفتشين أو المساعدات أو قوات حفظ السلام، أو يعلن وقفاً لإطلاق النار، أو يسرّح قواته أو يتراجع عسكرياً.
    SANCTION: URIRef  # The source reduces relations with the target: imposes sanctions or tariffs, expels diplomats, cuts ties, suspends aid or talks, convicts. يُقلّص المصدر علاقاته بالهدف: يفرض عقوبات أو رسوماً جمركية، أو يطرد دبلوماسيين، أو يقطع العلاقات، أو يعلّق المساعدات أو المحادثات، أو يصدر حكماً بالإدانة.
    SUPPORT: URIRef  # The source expresses support for, praises, endorses, defends verbally, recognises, or apologises to the target; signs or ratifies a formal agreement with it. يُعرب المصدر عن دعمه للهدف أو يشيد به أو يؤيده أو يدافع عنه كلامياً أو يعترف به أو يعتذر له؛ أو يوقّع معه اتفاقاً رسمياً أو يصادق عليه.
    State: URIRef  # A sovereign state, keyed by its ISO 3166-1 alpha-3 code. It also stands for its capital, government, army and officials when they act for it. دولة ذات سيادة، مفتاحها رمزها الثلاثي وفق المعيار ISO 3166-1. وتمثّل أيضاً عاصمتها وحكومتها وجيشها ومسؤوليها حين يتصرفون باسمها.
    THREATEN: URIRef  # The source threatens the target with force, sanctions, consequences or cutting ties. يهدد المصدر الهدف باستخدام القوة أو بفرض العقوبات أو بالعواقب أو بقطع العلاقات.
    VerbalConflict: URIRef  # Hostile statements: ACCUSE, REJECT, THREATEN. تصريحات عدائية: ACCUSE و REJECT و THREATEN.
    VerbalCooperation: URIRef  # Cooperative statements and diplomacy: AGREE, CONSULT, SUPPORT, REQUEST. تصريحات ودبلوماسية تعاونية: AGREE و CONSULT و SUPPORT و REQUEST.
    accuses: URIRef  # The source accused, blamed, criticized or condemned the target (ACCUSE). اتهم المصدر الهدف أو حمّله المسؤولية أو انتقده أو أدانه (ACCUSE).
    actorKey: URIRef  # The actor's stable key, as in the annotation guidelines: IRN, ISIS, USA.PENTAGON, ali_khamenei. The actor's IRI is built from it. المفتاح الثابت للفاعل كما في إرشادات التوسيم: IRN أو ISIS أو USA.PENTAGON أو ali_khamenei. ويُبنى منه معرّف الفاعل (IRI).
    affiliatedWith: URIRef  # The state or organization that the actor serves or belongs to. الدولة أو المنظمة التي يخدمها الفاعل أو ينتمي إليها.
    agreesWith: URIRef  # The source agreed to or accepted what the target asked or offered (AGREE). وافق المصدر على ما طلبه الهدف أو عرضه، أو قبله (AGREE).
    aids: URIRef  # The source provided material aid to the target (AID). قدّم المصدر مساعدة مادية للهدف (AID).
    assaults: URIRef  # The source attacked, bombed, fought, killed or abducted the target (ASSAULT). هاجم المصدر الهدف أو قصفه أو قاتله أو قتل منه أو اختطف منه (ASSAULT).
    attributedTo: URIRef  # The actor whose reported speech states the interaction; written for reported speech only. الفاعل الذي ورد التفاعل في كلامه المنقول؛ لا يُكتب إلا في الكلام المنقول.
    charEnd: URIRef  # Character offset in the document text just after the evidence sentence (exclusive end). موضع الحرف في نص الوثيقة الذي يلي نهاية جملة الدليل مباشرة (نهاية غير شاملة).
    charStart: URIRef  # Character offset (from 0) in the document text where the evidence sentence starts. موضع الحرف (بدءاً من الصفر) في نص الوثيقة الذي تبدأ عنده جملة الدليل.
    coerces: URIRef  # The source arrested, seized, blockaded, deported or repressed the target, short of violence (COERCE). اعتقل المصدر الهدف أو صادر ممتلكاته أو حاصره أو رحّله أو قمعه، دون عنف (COERCE).
    concedesTo: URIRef  # The source yielded politically to the target's demands (CONCEDE). تنازل المصدر سياسياً أمام مطالب الهدف (CONCEDE).
    confidence: URIRef  # How sure the extractor is of the interaction: an xsd:decimal from 0 to 1. مدى ثقة أداة الاستخراج بالتفاعل: عدد عشري (xsd:decimal) بين 0 و1.
    consults: URIRef  # The source met, visited, phoned, negotiated or mediated with the target (CONSULT). التقى المصدر بالهدف أو زاره أو اتصل به أو فاوضه أو توسط معه (CONSULT).
    cooperatesWith: URIRef  # The source cooperated materially with the target, or joined it in an alliance or joint operation (COOPERATE). تعاون المصدر مادياً مع الهدف، أو انضم إليه في تحالف أو عملية مشتركة (COOPERATE).
    countryCode: URIRef  # ISO 3166-1 alpha-3 code of the state the actor is or belongs to. الرمز الثلاثي وفق المعيار ISO 3166-1 للدولة التي هي الفاعل نفسه أو التي ينتمي إليها.
    directProperty: URIRef  # The actor-to-actor property written as a direct triple for the non-negated interactions of this event type. الخاصية بين فاعلَين التي تُكتب علاقةً مباشرة للتفاعلات غير المنفية من هذا النوع.
    eventType: URIRef  # The PLOVER event type of an interaction, a concept in pakg:EventTypeScheme. نوع الحدث في التفاعل وفق PLOVER، وهو مفهوم من المخطط pakg:EventTypeScheme.
    evidence: URIRef  # The sentence that states the interaction, as printed, tagged with the document's language. الجملة التي تذكر التفاعل كما وردت، موسومة بلغة الوثيقة.
    interactsWith: URIRef  # The source actor did something to the target actor, as stated by at least one non-negated interaction. Parent of the 16 direct properties, one per event type. قام الفاعل المصدر بفعل تجاه الفاعل المستهدف بحسب تفاعل واحد غير منفي على الأقل. وهي الخاصية الأم للخصائص المباشرة الست عشرة، واحدة لكل نوع حدث.
    mobilizesAgainst: URIRef  # The source deployed forces toward the target or raised its alert, short of using force (MOBILIZE). نشر المصدر قوات تجاه الهدف أو رفع حالة التأهب، دون استخدام القوة (MOBILIZE).
    negated: URIRef  # True when the text denies the interaction or says it did not happen. A negated interaction never yields a direct triple. صحيح إذا نفى النص التفاعل أو ذكر أنه لم يحدث. ولا يُنتج التفاعل المنفي علاقة مباشرة أبداً.
    protestsAgainst: URIRef  # The source demonstrated, went on strike or boycotted against the target (PROTEST). تظاهر المصدر أو أضرب أو قاطع احتجاجاً على الهدف (PROTEST).
    quadClass: URIRef  # The quad class (verbal or material, cooperation or conflict) that an event type belongs to, a concept in pakg:QuadClassScheme. الفئة الرباعية (تعاون أو صراع، لفظي أو مادي) التي ينتمي إليها نوع الحدث، وهي مفهوم من المخطط pakg:QuadClassScheme.
    rejects: URIRef  # The source rejected or refused the target's request, proposal or invitation (REJECT). رفض المصدر طلب الهدف أو اقتراحه أو دعوته (REJECT).
    requests: URIRef  # The source asked, called on, demanded of or invited the target (REQUEST). طلب المصدر من الهدف أو دعاه أو طالبه أو وجّه إليه دعوة (REQUEST).
    retreatsFrom: URIRef  # The source made a material concession toward the target: withdrew, released, eased sanctions or declared a ceasefire (RETREAT). قدّم المصدر تنازلاً مادياً تجاه الهدف: انسحب أو أفرج أو خفّف العقوبات أو أعلن وقفاً لإطلاق النار (RETREAT).
    sanctions: URIRef  # The source reduced relations with the target: imposed sanctions, expelled diplomats or cut ties (SANCTION). قلّص المصدر علاقاته بالهدف: فرض عقوبات أو طرد دبلوماسيين أو قطع العلاقات (SANCTION).
    source: URIRef  # The actor that acts: the agent, or the side of the speaker of a statement. الفاعل الذي يقوم بالفعل: المنفّذ، أو الجهة التي يمثّلها صاحب التصريح.
    supports: URIRef  # The source expressed support for, praised, endorsed or recognised the target (SUPPORT). أعرب المصدر عن دعمه للهدف أو أشاد به أو أيّده أو اعترف به (SUPPORT).
    target: URIRef  # The actor acted upon or addressed. الفاعل الذي يقع عليه الفعل أو يُوجَّه إليه.
    threatens: URIRef  # The source threatened the target (THREATEN). هدّد المصدر الهدف (THREATEN).
    trigger: URIRef  # The word or phrase that signals the event, as printed in the text. الكلمة أو العبارة التي تدل على الحدث، كما وردت في النص.
    triggerEnd: URIRef  # Character offset in the document text just after the trigger (exclusive end). موضع الحرف في نص الوثيقة الذي يلي نهاية الكلمة الدالة مباشرة (نهاية غير شاملة).
    triggerStart: URIRef  # Character offset (from 0) in the document text where the trigger starts. موضع الحرف (بدءاً من الصفر) في نص الوثيقة الذي تبدأ عنده الكلمة الدالة.
