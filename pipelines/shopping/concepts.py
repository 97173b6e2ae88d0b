"""Language-independent product concepts (their hand-picked brands: brands.py).

A concept ("rice", "sneakers") is what the per-language lexicons translate. Its category decides
which sizes, colours, units, brands and price ranges make sense with it, and the train/test split
is drawn over concepts, so a held-out product is held out in every language at once.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import table_lines


@dataclass(frozen=True)
class Concept:
    key: str
    category: str       # food, drink, home, care, tech, wear, shoes
    counting: str       # mass (no plural: rice), count (usually plural: apples), item (usually one: a phone)
    units: tuple[str, ...]
    size: str | None    # wear, shoes, screen, storage: which size values and phrasing apply
    colour: bool


# key | category | counting | units | size kind | colour
_CONCEPTS = """
rice | food | mass | kilo,bag,pack | - | n
flour | food | mass | kilo,bag,pack | - | n
sugar | food | mass | kilo,pack | - | n
salt | food | mass | pack | - | n
apples | food | count | kilo,bag | - | n
bananas | food | count | dozen,kilo | - | n
oranges | food | count | kilo,bag | - | n
potatoes | food | count | kilo,bag | - | n
onions | food | count | kilo,bag | - | n
tomatoes | food | count | kilo | - | n
eggs | food | count | dozen,box | - | n
bread | food | item | pack | - | n
butter | food | mass | pack | - | n
cheese | food | mass | pack | - | n
yogurt | food | count | pack | - | n
coffee | food | mass | pack,jar | - | n
tea | food | mass | box,pack | - | n
pasta | food | mass | pack | - | n
cereal | food | mass | box | - | n
biscuits | food | count | pack | - | n
chips | food | count | bag,pack | - | n
chocolate | food | mass | bar,pack | - | n
chicken | food | mass | kilo | - | n
tuna | food | mass | can | - | n
beans | food | count | can,kilo | - | n
lentils | food | count | kilo,pack | - | n
noodles | food | count | pack | - | n
honey | food | mass | jar | - | n
paneer | food | mass | pack | - | n
ghee | food | mass | jar,litre | - | n
oil | food | mass | bottle,litre | - | n
milk | drink | mass | carton,bottle,litre | - | n
water | drink | mass | bottle,pack | - | n
juice | drink | mass | carton,bottle | - | n
soda | drink | mass | can,bottle | - | n
beer | drink | mass | can,bottle,pack | - | n
wine | drink | mass | bottle | - | n
detergent | home | mass | bottle,pack | - | n
toilet paper | home | mass | pack | - | n
paper towels | home | count | pack | - | n
dish soap | home | mass | bottle | - | n
trash bags | home | count | box,pack | - | n
batteries | home | count | pack | - | n
light bulbs | home | count | pack,box | - | n
shampoo | care | item | bottle | - | n
soap | care | item | bar,pack | - | n
toothpaste | care | mass | tube | - | n
toothbrush | care | count | pack | - | y
diapers | care | count | pack | - | n
deodorant | care | item | - | - | n
razors | care | count | pack | - | n
phone | tech | item | - | storage | y
laptop | tech | item | - | screen | y
headphones | tech | count | pair | - | y
tv | tech | item | - | screen | n
tablet | tech | item | - | storage | y
charger | tech | item | - | - | y
phone case | tech | item | - | - | y
mouse | tech | item | - | - | y
keyboard | tech | item | - | - | y
monitor | tech | item | - | screen | n
printer | tech | item | - | - | n
speaker | tech | item | - | - | y
camera | tech | item | - | - | y
smartwatch | tech | item | - | - | y
memory card | tech | item | - | storage | n
cable | tech | item | - | - | y
power bank | tech | item | - | - | y
hard drive | tech | item | - | storage | n
usb drive | tech | item | - | storage | y
router | tech | item | - | - | n
graphics card | tech | item | - | - | n
tshirt | wear | item | - | wear | y
shirt | wear | item | - | wear | y
jeans | wear | item | pair | wear | y
trousers | wear | item | - | wear | y
dress | wear | item | - | wear | y
skirt | wear | item | - | wear | y
jacket | wear | item | - | wear | y
sweater | wear | item | - | wear | y
hoodie | wear | item | - | wear | y
socks | wear | count | pair,pack | - | y
cap | wear | item | - | - | y
kurta | wear | item | - | wear | y
saree | wear | item | - | - | y
sneakers | shoes | count | pair | shoes | y
running shoes | shoes | count | pair | shoes | y
boots | shoes | count | pair | shoes | y
sandals | shoes | count | pair | shoes | y
sausages | food | count | pack,kilo | - | n
ham | food | mass | pack | - | n
carrots | food | count | kilo,bag | - | n
grapes | food | count | kilo,box | - | n
lemons | food | count | kilo,bag | - | n
peanut butter | food | mass | jar | - | n
jam | food | mass | jar | - | n
ketchup | food | mass | bottle | - | n
mushrooms | food | count | box,pack | - | n
ice cream | food | mass | box,pack | - | n
olives | food | count | jar,can | - | n
salmon | food | mass | kilo,pack | - | n
energy drink | drink | mass | can,pack | - | n
lemonade | drink | mass | bottle,can | - | n
sponges | home | count | pack | - | n
fabric softener | home | mass | bottle | - | n
candles | home | count | pack,box | - | n
bleach | home | mass | bottle | - | n
frying pan | home | item | - | - | n
towels | home | count | pack | - | y
pillow | home | item | - | - | y
conditioner | care | item | bottle | - | n
sunscreen | care | item | bottle,tube | - | n
face cream | care | item | jar,tube | - | n
hand wash | care | item | bottle | - | n
body lotion | care | item | bottle | - | n
webcam | tech | item | - | - | n
microwave | tech | item | - | - | n
vacuum cleaner | tech | item | - | - | n
hair dryer | tech | item | - | - | y
electric kettle | tech | item | - | - | y
gaming console | tech | item | - | - | n
shorts | wear | item | pair | wear | y
pyjamas | wear | item | - | wear | y
gloves | wear | count | pair | - | y
scarf | wear | item | - | - | y
swimsuit | wear | item | - | wear | y
belt | wear | item | - | - | y
slippers | shoes | count | pair | shoes | y
heels | shoes | count | pair | shoes | y
# Added with shopping corpus v7: a wider product vocabulary, so that held-out products are judged
# against a model that has seen many kinds of product word, not ~120.
garlic | food | count | kilo,bag | - | n
cucumbers | food | count | kilo | - | n
bell peppers | food | count | kilo,bag | - | n
lettuce | food | item | - | - | n
spinach | food | mass | bag,pack | - | n
strawberries | food | count | box,pack | - | n
watermelon | food | item | - | - | n
mangoes | food | count | kilo,box | - | n
pears | food | count | kilo,bag | - | n
peaches | food | count | kilo | - | n
avocados | food | count | bag | - | n
pineapple | food | item | - | - | n
sweetcorn | food | mass | can | - | n
peas | food | mass | bag,can | - | n
oats | food | mass | pack,box | - | n
crackers | food | count | pack,box | - | n
popcorn | food | mass | bag,pack | - | n
almonds | food | count | bag,pack | - | n
raisins | food | count | pack | - | n
cream | food | mass | carton | - | n
mayonnaise | food | mass | jar,bottle | - | n
mustard | food | mass | jar | - | n
vinegar | food | mass | bottle | - | n
soy sauce | food | mass | bottle | - | n
black pepper | food | mass | jar,pack | - | n
cake | food | item | - | - | n
frozen pizza | food | item | box | - | n
soup | food | mass | can,pack | - | n
sardines | food | mass | can | - | n
prawns | food | mass | kilo,pack | - | n
minced beef | food | mass | kilo,pack | - | n
tofu | food | mass | pack | - | n
bacon | food | mass | pack | - | n
mozzarella | food | mass | pack | - | n
croissants | food | count | pack | - | n
tortillas | food | count | pack | - | n
baby food | food | mass | jar | - | n
dog food | food | mass | bag,can | - | n
cat food | food | mass | bag,can | - | n
coconut water | drink | mass | bottle,carton | - | n
iced tea | drink | mass | bottle,can | - | n
hot chocolate | drink | mass | box,jar | - | n
almond milk | drink | mass | carton | - | n
whisky | drink | mass | bottle | - | n
dishwasher tablets | home | count | box,pack | - | n
aluminium foil | home | mass | pack | - | n
napkins | home | count | pack | - | n
air freshener | home | item | can,bottle | - | n
glass cleaner | home | mass | bottle | - | n
broom | home | item | - | - | y
mop | home | item | - | - | n
bucket | home | item | - | - | y
hangers | home | count | pack | - | y
plates | home | count | pack,box | - | y
mugs | home | count | box | - | y
kitchen knife | home | item | - | - | n
blanket | home | item | - | - | y
bedsheets | home | item | - | - | y
curtains | home | count | pair | - | y
lamp | home | item | - | - | y
mouthwash | care | item | bottle | - | n
shaving foam | care | item | can,bottle | - | n
hair oil | care | mass | bottle | - | n
perfume | care | item | bottle | - | n
lipstick | care | item | - | - | y
nail polish | care | item | bottle | - | y
wet wipes | care | count | pack | - | n
hand sanitizer | care | item | bottle | - | n
comb | care | item | - | - | y
vitamins | care | count | bottle,box | - | n
plasters | care | count | box | - | n
projector | tech | item | - | - | n
ereader | tech | item | - | - | n
drone | tech | item | - | - | n
power strip | tech | item | - | - | n
iron | tech | item | - | - | y
blender | tech | item | - | - | y
toaster | tech | item | - | - | y
coffee machine | tech | item | - | - | y
fan | tech | item | - | - | y
heater | tech | item | - | - | n
air fryer | tech | item | - | - | y
washing machine | tech | item | - | - | n
fridge | tech | item | - | - | y
microphone | tech | item | - | - | n
ink cartridge | tech | item | pack | - | n
coat | wear | item | - | wear | y
blouse | wear | item | - | wear | y
leggings | wear | item | pair | wear | y
tie | wear | item | - | - | y
hat | wear | item | - | - | y
raincoat | wear | item | - | wear | y
suit | wear | item | - | wear | y
sunglasses | wear | item | pair | - | y
watch | wear | item | - | - | y
backpack | wear | item | - | - | y
handbag | wear | item | - | - | y
wallet | wear | item | - | - | y
umbrella | wear | item | - | - | y
flip flops | shoes | count | pair | shoes | y
loafers | shoes | count | pair | shoes | y
ballet flats | shoes | count | pair | shoes | y
formal shoes | shoes | count | pair | shoes | y
"""


def _parse_concepts(table: str) -> dict[str, Concept]:
    out = {}
    for line in table_lines(table):
        key, category, counting, units, size, colour = (f.strip() for f in line.split("|"))
        out[key] = Concept(key, category, counting, tuple(u for u in units.split(",") if u != "-"),
                           None if size == "-" else size, colour == "y")
    return out


CONCEPTS = _parse_concepts(_CONCEPTS)

# Named concept groups a template can be restricted to ("@battery: how long does the battery last")
CONCEPT_GROUPS = {
    "battery": frozenset({"phone", "laptop", "headphones", "tablet", "speaker", "camera", "smartwatch", "power bank"}),
    "wireless": frozenset({"phone", "laptop", "headphones", "tablet", "speaker", "smartwatch", "keyboard", "mouse"}),
}

# Price ranges (in the shopper's usual currency unit, before scaling) where the catalog has no prices.
PRICE_RANGES = {"food": (2, 15), "drink": (2, 20), "home": (3, 25), "care": (3, 30),
                "wear": (10, 120), "shoes": (30, 180), "tech": (20, 900)}
# concepts whose prices are far from their category's (a kettle is no laptop, a pan no sponge)
CONCEPT_PRICE_RANGES = {"hair dryer": (15, 120), "electric kettle": (15, 80), "microwave": (60, 300),
                        "vacuum cleaner": (60, 500), "gaming console": (200, 600), "frying pan": (10, 60),
                        "pillow": (8, 60), "power strip": (8, 40), "iron": (15, 80), "blender": (20, 150),
                        "toaster": (15, 80), "coffee machine": (30, 500), "fan": (15, 100), "heater": (20, 150),
                        "air fryer": (40, 200), "washing machine": (250, 900), "fridge": (300, 1200),
                        "microphone": (15, 200), "ink cartridge": (10, 60), "ereader": (80, 250),
                        "projector": (80, 600), "drone": (50, 900), "broom": (5, 25), "mop": (5, 30),
                        "bucket": (3, 15), "kitchen knife": (5, 60), "lamp": (10, 80), "curtains": (15, 80),
                        "blanket": (15, 80), "bedsheets": (15, 80), "perfume": (20, 120), "suit": (80, 400),
                        "coat": (40, 250), "watch": (20, 300), "handbag": (20, 200), "umbrella": (8, 40),
                        "whisky": (15, 80)}
