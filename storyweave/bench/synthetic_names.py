"""Word pools of the synthetic corpus: fictional people, outlets, organizations and places.

Surnames are built from syllables so that a large corpus has thousands of distinct families;
first names are a realistic, smaller pool, so many people share one (as in real news).
"""
from __future__ import annotations

FIRST_F = (
    "Ada Alma Anika Astrid Beatrix Bianca Camila Celeste Clara Dahlia Daria Delphine Edith Elena "
    "Elise Elodie Esme Flora Freya Gemma Greta Hana Harriet Helena Imogen Ines Iris Isla Ivy Jana "
    "Johanna Judith Juno Kaia Keira Lara Leona Lila Linnea Lucia Luna Lydia Mabel Maeve Malin "
    "Mara Marisol Maya Mila Mina Nadia Nell Nora Odette Olive Opal Paloma Petra Phoebe Priya "
    "Rhea Rosa Ruth Sabine Selma Sienna Signe Sofia Stella Talia Thea Tova Ursula Vera Viola "
    "Willa Yara Zelda Zora").split()
FIRST_M = (
    "Aaron Abel Alvar Anders Anton Arlo Arvid Basil Bruno Caspar Cyrus Dario Declan Edgar Elias "
    "Emil Enzo Ezra Felix Finn Gideon Gustav Hector Henrik Hugo Ivo Jasper Jonah Jonas Julian "
    "Kasper Leif Leon Linus Lorenzo Lucas Magnus Marco Matteo Milo Nils Noel Oskar Otto Pablo "
    "Pavel Quentin Rafael Rasmus Remy Rufus Silas Soren Stellan Tobias Tomas Ulrich Viggo "
    "Vincent Walter Wendell Xavier Yusuf Zane").split()
_SUR_A = ("Ash Bel Brann Cal Dal Dun Els Fen Gar Hal Hart Kel Lind Lor Mar Mer Nor Orm Pell "
          "Quen Rav Ros Sal Sten Thorn Tul Val Vey Wes Wick Yar Zell Ald Brock Corr Frey Hol "
          "Kest Mor Strand").split()
_SUR_B = ("by ford ley wood strom qvist mark ton ridge hill dale wick more croft worth mont "
          "berg gaard holm stead field brook shaw lund rick ing sen ner ow").split()
SURNAMES = tuple(a + b for a in _SUR_A for b in _SUR_B)

OUTLETS = ("Harbor Weekly", "The Daily Lantern", "Sound & Stage", "Metro Ledger", "Northline News",
           "The Evening Courier", "Coastal Herald", "Riverside Post", "The Weekend Review",
           "Pulse Magazine", "Starlight Daily", "The Gazette Tribune", "Crescent Times",
           "Valley Observer", "Atlas Wire", "The Morning Sentinel", "Lighthouse Report",
           "Summit Standard", "Bright Lines", "Parade Online")
ORG_HEADS = ("Saltmarsh", "Tidemark", "Northgate", "Lakeshore", "Ironwood", "Silverline",
             "Bluefin", "Redhill", "Greenway", "Stonebridge", "Cobalt", "Amberly", "Westwind",
             "Brightwater", "Oakmere", "Highfield", "Kingsport", "Larkspur", "Meadowbrook",
             "Pinecrest")
ORG_TAILS = ("Records", "Studios", "Hospital", "University", "Foundation", "Bank", "Theatre",
             "Media Group", "Capital", "Labs", "Publishing", "Clinic", "Academy", "Gallery")
CITIES = ("Lisbon", "Halifax", "Bergen", "Portland", "Lyon", "Oslo", "Dublin", "Seville",
          "Toronto", "Melbourne", "Boston", "Chicago", "Austin", "Denver", "Kyoto", "Naples",
          "Porto", "Tallinn", "Vienna", "Zurich", "Glasgow", "Copenhagen", "Madrid", "Seattle")
OCCUPATIONS = ("singer", "chef", "actor", "musician", "architect", "surgeon", "novelist", "painter",
               "photographer", "producer", "journalist", "designer", "dancer", "lawyer",
               "teacher", "engineer")
QUOTES = (
    "We wanted something small, but our families had other ideas",
    "I still can't believe how lucky we are",
    "Every day with the kids is a new adventure",
    "It was the easiest decision I have ever made",
    "We have always been each other's best critics",
    "Honestly, I think we just got lucky",
    "We're taking things one day at a time",
    "I learned more from my sister than from any teacher",
    "Work is important, but family comes first",
    "People think it's glamorous, and mostly it's laundry",
)
FILLERS = (
    "The ceremony was small, with only family and close friends in attendance.",
    "Friends of the couple describe them as private, funny and fiercely loyal.",
    "The pair rarely speak about their relationship in interviews.",
    "Their home has become a gathering place for relatives during the holidays.",
    "Photographs from the weekend quickly spread across social media.",
    "A representative declined to comment further on the family's plans.",
    "The news was welcomed warmly by fans and colleagues alike.",
    "Both have said that they try to keep weekends free for the children.",
    "The family spent the summer travelling along the coast.",
    "Neighbours say the couple are often seen walking their two dogs in the park.",
)
TEASERS = ("Ten Bakeries Worth The Drive This Winter", "Inside The Most Talked About Wedding Of "
           "The Year", "Why Everyone Is Moving To The Coast", "The Best Concerts Of The Season",
           "How To Host A Dinner Party For Twenty")
MONTHS = ("January February March April May June July August September October November "
          "December").split()

# Filler sentences are assembled from these, so two stories about the same family share their
# facts but little else (as real articles do); otherwise every story would look like a copy.
FILLER_TEMPLATES = (
    "The {adj} {event} in {city} drew {n:,} {crowd} on a {weather} {weekday} in {month}.",
    "Tickets for the {adj} {event} sold out in {m} minutes, organizers in {city} said.",
    "{Crowd} lined the {street} for {m} blocks, many carrying {things}.",
    "A spokesperson for the {venue} said {n:,} people had signed up for the {event} by {weekday}.",
    "The {weather} weather on {weekday} did not stop {crowd} from filling the {venue}.",
    "Local {crowd} say the {street} has changed a great deal over the past {m} years.",
    "According to the {venue}, prices for the {event} rose {m} percent since last {month}.",
    "Earlier, {m} {crowd} had gathered near the {venue} with {things}.",
)
FILLER_WORDS = {
    "adj": "annual crowded sold-out late-night open-air charity midsummer winter lively quiet "
           "experimental sprawling intimate record-breaking delayed".split(),
    "event": "festival gala premiere auction marathon concert exhibition fundraiser parade "
             "market screening reunion tasting ceremony tournament".split(),
    "crowd": "fans neighbours commuters students tourists volunteers critics families "
             "reporters photographers musicians shoppers".split(),
    "weather": "rainy windy sunny freezing humid foggy mild stormy grey bright".split(),
    "weekday": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "street": ("harbour front|main square|old quarter|river walk|station road|market street|"
               "north pier|city park|museum steps|east boulevard").split("|"),
    "things": ("umbrellas|handmade signs|flowers|folding chairs|cameras|flags|thermoses of tea|"
               "paper lanterns|picnic baskets|posters").split("|"),
    "venue": ("town hall|concert hall|city museum|public library|convention centre|"
              "botanical garden|opera house|sports arena|art school|harbour pavilion").split("|"),
}
