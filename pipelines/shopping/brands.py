"""Hand-picked real brands, keyed by their Latin spelling, with the concepts each one sells and the
markets that know it. The catalog (catalog.py) adds English electronics brands; these cover groceries,
household, personal care, clothing and appliances in every served market, so that the tagger learns
brands from many names (the test split holds a fifth of them out, see splits.test_brands).
"""
from __future__ import annotations

from dataclasses import dataclass

from .concepts import CONCEPTS

# Brands are keyed by their Latin spelling (the split key); Devanagari spellings live in lexicon/hi.py.
# None = every language; otherwise only the languages whose shoppers know the brand.
_BRANDS = """
nike | sneakers,running shoes,tshirt,hoodie,socks,cap | -
adidas | sneakers,running shoes,tshirt,hoodie,socks,sandals | -
puma | sneakers,running shoes,tshirt,socks,cap | -
reebok | sneakers,running shoes,tshirt | -
converse | sneakers | -
vans | sneakers,cap | -
new balance | sneakers,running shoes | -
asics | running shoes | -
skechers | sneakers,running shoes | -
levis | jeans,shirt,jacket,belt | -
zara | dress,skirt,jacket,shirt,trousers | -
uniqlo | tshirt,sweater,jacket | -
timberland | boots | -
crocs | sandals | -
apple | phone,laptop,tablet,smartwatch,headphones,charger | -
samsung | phone,tv,tablet,smartwatch,memory card,microwave | -
xiaomi | phone,power bank,smartwatch | -
oneplus | phone | -
lenovo | laptop,tablet | -
jbl | headphones,speaker | -
bose | headphones,speaker | -
anker | charger,power bank,cable | -
boat | headphones,speaker,smartwatch | hi,hi-en
nestle | coffee,cereal,chocolate,water | -
kelloggs | cereal | -
heinz | beans,ketchup | -
coca cola | soda | -
pepsi | soda | -
lays | chips | -
oreo | biscuits | -
barilla | pasta | -
lavazza | coffee | -
danone | yogurt | -
lipton | tea | -
nescafe | coffee | -
milka | chocolate | -
heineken | beer | -
evian | water | -
tropicana | juice | -
colgate | toothpaste,toothbrush | -
oral b | toothbrush | -
dove | soap,shampoo,deodorant,conditioner,body lotion,hand wash | -
pantene | shampoo,conditioner | -
nivea | deodorant,face cream,body lotion,sunscreen | -
gillette | razors | -
pampers | diapers | -
huggies | diapers | -
ariel | detergent | -
persil | detergent | es,fr,de,it,pt,en
fairy | dish soap | es,en
scottex | toilet paper,paper towels | es,it,pt,fr,de
duracell | batteries | -
hacendado | milk,rice,oil,yogurt,pasta,biscuits,cheese,coffee,ham,juice,water,flour,chips | es
pascual | milk,yogurt | es
carbonell | oil | es
president | butter,cheese | fr
lu | biscuits | fr
panzani | pasta | fr
lactel | milk | fr
bonne maman | biscuits,yogurt,jam | fr
muller | yogurt,milk | de
haribo | chocolate | de
ritter sport | chocolate | de
mimosa | milk,butter | pt
delta | coffee | pt
compal | juice | pt
mulino bianco | biscuits,bread | it
de cecco | pasta | it
granarolo | milk,yogurt | it
rio mare | tuna | it
amul | milk,butter,cheese,paneer,ghee,ice cream,chocolate,yogurt | hi,hi-en
tata | salt,tea,coffee,lentils | hi,hi-en
aashirvaad | flour,salt,ghee | hi,hi-en
fortune | oil,rice,flour | hi,hi-en
parle | biscuits | hi,hi-en
britannia | biscuits,bread,cheese | hi,hi-en
haldiram | chips | hi,hi-en
maggi | noodles,ketchup | hi,hi-en
patanjali | ghee,honey,toothpaste,shampoo | hi,hi-en
dabur | honey,toothpaste | hi,hi-en
surf excel | detergent | hi,hi-en
vim | dish soap | hi,hi-en
dettol | soap,hand wash | hi,hi-en
lifebuoy | soap,hand wash | hi,hi-en
fabindia | kurta | hi,hi-en
biba | kurta | hi,hi-en
sony | headphones,tv,camera,speaker | -
lg | tv,monitor,phone,microwave | -
hp | laptop,printer,monitor,mouse,keyboard | -
dell | laptop,monitor,mouse,keyboard | -
asus | laptop,router,monitor | -
acer | laptop,monitor | -
logitech | mouse,keyboard,camera,speaker | -
canon | camera,printer | -
epson | printer | -
nikon | camera | -
sandisk | memory card,usb drive | -
kingston | usb drive,memory card | -
seagate | hard drive | -
western digital | hard drive | -
tp link | router | -
nvidia | graphics card | -
philips | light bulbs,razors,tv,hair dryer,electric kettle,vacuum cleaner | -
huawei | phone,smartwatch,tablet | -
google | phone | -
motorola | phone | -
sennheiser | headphones | -
garmin | smartwatch | -
north face | jacket,hoodie | -
tommy hilfiger | shirt,jeans,tshirt,belt | -
calvin klein | jeans,tshirt,belt | -
lacoste | tshirt,shirt | -
dr martens | boots | -
birkenstock | sandals | -
under armour | tshirt,hoodie,running shoes | -
fila | sneakers,tshirt | -
lindt | chocolate | -
toblerone | chocolate | -
kitkat | chocolate | -
pringles | chips | -
doritos | chips | -
fanta | soda | -
sprite | soda | -
red bull | soda,energy drink | -
corona | beer | -
carlsberg | beer | -
nespresso | coffee | -
illy | coffee | -
starbucks | coffee | -
twinings | tea | -
garnier | shampoo,conditioner,face cream,sunscreen | -
head and shoulders | shampoo,conditioner | -
rexona | deodorant | -
axe | deodorant | -
sensodyne | toothpaste | -
palmolive | soap,dish soap,shampoo,hand wash | -
energizer | batteries | -
tide | detergent | en,hi,hi-en
budweiser | beer | en
estrella damm | beer | es
mahou | beer | es
puleva | milk | es
central lechera asturiana | milk,butter | es
la masia | oil | es
cuetara | biscuits | es
gallo | pasta,oil | es,pt
carte noire | coffee | fr
petit navire | tuna | fr
lustucru | pasta | fr
volvic | water | fr,de
candia | milk | fr
kronenbourg | beer | fr
le petit marseillais | soap,shampoo | fr
jacobs | coffee | de
tchibo | coffee | de
bahlsen | biscuits | de
leibniz | biscuits | de
weihenstephan | milk,yogurt | de
ehrmann | yogurt | de
krombacher | beer | de
paulaner | beer | de
zewa | paper towels,toilet paper | de
sagres | beer | pt
super bock | beer | pt
luso | water | pt
agros | milk | pt
milaneza | pasta | pt
mutti | tomatoes | it
peroni | beer | it
san pellegrino | water | it
levissima | water | it
parmalat | milk | it
galbani | cheese | it
kimbo | coffee | it
rummo | pasta | it
pavesi | biscuits | it
mother dairy | milk,ghee,paneer,ice cream,yogurt | hi,hi-en
red label | tea | hi,hi-en
wagh bakri | tea | hi,hi-en
sunfeast | biscuits | hi,hi-en
kurkure | chips | hi,hi-en
bingo | chips | hi,hi-en
saffola | oil | hi,hi-en
india gate | rice | hi,hi-en
daawat | rice | hi,hi-en
rin | detergent | hi,hi-en
pepsodent | toothpaste | hi,hi-en
himalaya | shampoo,soap,face cream | hi,hi-en
lux | soap | hi,hi-en
santoor | soap | hi,hi-en
clinic plus | shampoo | hi,hi-en
raymond | shirt,trousers | hi,hi-en
peter england | shirt | hi,hi-en
allen solly | shirt,trousers | hi,hi-en
bata | sandals,sneakers | hi,hi-en
campus | running shoes,sneakers | hi,hi-en
redmi | phone | hi,hi-en
realme | phone | hi,hi-en
vivo | phone | hi,hi-en
noise | smartwatch,headphones | hi,hi-en
kaiku | milk,yogurt | es
covap | milk,butter | es
garcia baquero | cheese | es
el caserio | cheese | es
marcilla | coffee | es
saimaza | coffee | es
bonka | coffee | es
hornimans | tea | es
la fallera | rice | es
nomen | rice | es
koipe | oil | es
ybarra | oil,olives,ketchup | es
coosur | oil,olives | es
borges | oil,olives | es,fr
calvo | tuna | es
campofrio | ham,sausages | es,pt
elpozo | ham,sausages,chicken | es
navidul | ham | es
gullon | biscuits | es,pt
artiach | biscuits | es
fontaneda | biscuits | es
lacasa | chocolate | es
cola cao | chocolate | es
matutano | chips | es
risi | chips | es
bimbo | bread | es,pt
panrico | bread | es
azucarera | sugar | es
luengo | lentils,beans,rice | es
don simon | juice,wine | es
zumosol | juice | es
font vella | water | es
lanjaron | water | es
bezoya | water | es
kas | soda,lemonade | es
la casera | soda,lemonade | es
san miguel | beer | es
cruzcampo | beer | es
alhambra | beer | es
estrella galicia | beer | es
campo viejo | wine | es
torres | wine | es
frigo | ice cream | es
wipp express | detergent | es
dixan | detergent | es,it
skip | detergent | es,fr,pt
mistol | dish soap | es
neutrex | bleach | es
mimosin | fabric softener | es
colhogar | toilet paper,paper towels | es
albal | trash bags | es,pt
cecotec | vacuum cleaner,electric kettle,hair dryer,microwave,frying pan | es,pt
taurus | electric kettle,hair dryer,vacuum cleaner | es
sanex | deodorant,soap,body lotion | es,fr,pt
babaria | body lotion,sunscreen | es
isdin | sunscreen,face cream | es,pt,it
licor del polo | toothpaste | es
dodot | diapers | es,pt
desigual | dress,skirt,jacket | es,fr
massimo dutti | shirt,trousers,dress,sweater | es,fr,pt,it,de
bershka | jeans,tshirt,dress,skirt | es,fr,pt,it
pull and bear | jeans,hoodie,tshirt | es,fr,pt,it
oliveira da serra | oil | pt
fula | oil | pt
terra nostra | cheese,butter,milk | pt
limiano | cheese | pt
matinal | milk | pt
piracanjuba | milk | pt
nobre | ham,sausages | pt
izidoro | ham,sausages | pt
sadia | chicken,ham,sausages | pt
seara | chicken,sausages | pt
bom petisco | tuna | pt
ramirez | tuna | pt
cigala | rice | pt
camil | rice,beans | pt
branca de neve | flour | pt
sidul | sugar | pt
nicola | coffee | pt
sical | coffee | pt
melitta | coffee | pt,de
bauducco | biscuits | pt,it
vieira de castro | biscuits | pt
garoto | chocolate | pt
lacta | chocolate | pt
elma chips | chips | pt
sumol | soda,juice | pt
antarctica | soda,beer | pt
pedras | water | pt
vitalis | water | pt
brahma | beer | pt
skol | beer | pt
mateus | wine | pt,en
casal garcia | wine | pt
kibon | ice cream | pt
omo | detergent | pt
ype | detergent,dish soap,fabric softener | pt
neoblanc | bleach | pt
renova | toilet paper,paper towels | pt,es,fr
couto | toothpaste | pt
protex | soap | pt,es,hi,hi-en
granado | soap | pt
sundown | sunscreen | pt
tramontina | frying pan | pt,es
arno | hair dryer,electric kettle,vacuum cleaner | pt
havaianas | sandals,slippers | -
ipanema | sandals,slippers | pt,es,fr,it
hering | tshirt,sweater | pt
bridel | milk,butter,cheese | fr
yoplait | yogurt | fr,es
babybel | cheese | fr,en,de
la vache qui rit | cheese | fr
boursin | cheese | fr
paysan breton | butter,cheese | fr
elle et vire | butter,cheese | fr
grand mere | coffee | fr
elephant | tea | fr
kusmi | tea | fr
taureau aile | rice | fr
francine | flour | fr
beghin say | sugar | fr
la baleine | salt | fr
st michel | biscuits | fr
gerble | biscuits | fr
poulain | chocolate | fr
vico | chips | fr
harrys | bread | fr
jacquet | bread | fr
herta | ham,sausages | fr,de
fleury michon | ham,chicken | fr
le gaulois | chicken | fr
labeyrie | salmon | fr
saupiquet | tuna | fr
amora | ketchup | fr
andros | jam,juice | fr
st dalfour | jam | fr,en
joker | juice | fr
oasis | juice,soda | fr
orangina | soda | fr,es
cristaline | water | fr
vittel | water | fr,de
contrex | water | fr
leffe | beer | fr,en,it
grimbergen | beer | fr
pelforth | beer | fr
le chat | detergent | fr
mir | dish soap,detergent | fr
paic | dish soap | fr
soupline | fabric softener | fr
la croix | bleach | fr
le trefle | toilet paper,paper towels | fr
handy bag | trash bags | fr
spontex | sponges | fr,es,it,de
moulinex | microwave,electric kettle | fr,es,pt,it,de
calor | hair dryer | fr
de buyer | frying pan | fr
avene | sunscreen,face cream | fr,es,it,pt
vichy | face cream,sunscreen | fr,es,it,pt
klorane | shampoo,conditioner | fr
nuxe | face cream,body lotion | fr
mixa | body lotion,face cream | fr
petit bateau | pyjamas,tshirt | fr
le coq sportif | sneakers,tshirt | fr,it
aigle | boots | fr
arla | milk,butter,cheese | de,en
landliebe | milk,yogurt | de
zott | yogurt | de
bergader | cheese | de
leerdammer | cheese | de,fr,it
meggle | butter | de
kerrygold | butter,cheese | de,en
dallmayr | coffee | de
eduscho | coffee | de
teekanne | tea | de
messmer | tea | de
pompadour | tea | de,es,it
aurora | flour | de
diamant | flour,sugar | de
oryza | rice | de
birkel | pasta | de
golden toast | bread | de
seitenbacher | cereal | de
brandt | biscuits | de
sarotti | chocolate | de
funny frisch | chips | de
chio | chips | de
lorenz | chips | de
meica | sausages | de
wiesenhof | chicken,sausages | de
zentis | jam | de
schwartau | jam | de
develey | ketchup | de
hohes c | juice | de
valensina | juice | de
granini | juice | de,fr,es,it
gerolsteiner | water | de
sinalco | soda,lemonade | de
fritz kola | soda | de
warsteiner | beer | de
bitburger | beer | de
erdinger | beer | de
radeberger | beer | de
becks | beer | de,en
langnese | ice cream | de
spee | detergent | de
weisser riese | detergent | de
pril | dish soap | de,hi,hi-en
vernel | fabric softener | de
lenor | fabric softener | de,fr,it,en
hakle | toilet paper | de
swirl | trash bags | de
vileda | sponges | de,es,it,fr,pt
balea | shampoo,conditioner,body lotion,face cream,hand wash | de
sebamed | soap,body lotion,shampoo | de
schwarzkopf | shampoo,conditioner | de,fr,es,it,pt
elmex | toothpaste,toothbrush | de,fr
blend a med | toothpaste | de
babylove | diapers | de
wmf | frying pan,electric kettle | de
fissler | frying pan | de
severin | electric kettle,microwave | de
miele | vacuum cleaner,microwave | de,fr,it,en
vorwerk | vacuum cleaner | de
s oliver | jeans,shirt,dress | de
tom tailor | jeans,shirt,sweater | de
jack wolfskin | jacket,gloves | de
schiesser | pyjamas | de
salamander | boots | de
garofalo | pasta | it
voiello | pasta | it
la molisana | pasta | it
divella | pasta | it
scotti | rice | it
curtiriso | rice | it
caputo | flour | it
carapelli | oil | it
monini | oil | it
bertolli | oil | it,en,de
sterilgarda | milk | it
zymil | milk | it
yomo | yogurt | it
vipiteno | yogurt | it
parmareggio | cheese,butter | it
bel paese | cheese | it
segafredo | coffee | it
galbusera | biscuits | it
gentilini | biscuits | it
balocco | biscuits | it
loacker | biscuits,chocolate | it,de
novi | chocolate | it
perugina | chocolate | it
san carlo | chips | it
amica chips | chips | it
eridania | sugar | it
rovagnati | ham | it
beretta | ham,sausages | it
aia | chicken,sausages | it
amadori | chicken | it
nostromo | tuna | it
mareblu | tuna | it
zuegg | jam,juice | it
santal | juice | it
ambrosoli | honey | it
san benedetto | water,soda | it
ferrarelle | water | it
moretti | beer | it
ichnusa | beer | it
menabrea | beer | it
algida | ice cream | it
sammontana | ice cream | it
bio presto | detergent | it
svelto | dish soap | it
nelsen | dish soap | it
coccolino | fabric softener | it,de
ace | bleach | it
regina | toilet paper,paper towels | it
foxy | toilet paper,paper towels | it
domopak | trash bags | it
borotalco | deodorant | it
infasil | deodorant | it
mentadent | toothpaste,toothbrush | it
felce azzurra | soap,body lotion | it
collistar | sunscreen,face cream | it
bialetti | frying pan | it
lagostina | frying pan | it
ariete | electric kettle,vacuum cleaner | it
imetec | hair dryer | it
smeg | electric kettle | it,en,de,fr,es
calzedonia | swimsuit,socks | it,es,pt,de,fr
intimissimi | pyjamas | it,es,pt,de,fr
benetton | sweater,tshirt | it,es,fr
geox | sneakers,boots | it,es,fr,de,pt
gowardhan | ghee,paneer | hi,hi-en
nandini | milk,ghee,paneer | hi,hi-en
verka | milk,ghee | hi,hi-en
milky mist | paneer,yogurt | hi,hi-en
epigamia | yogurt | hi,hi-en
go cheese | cheese | hi,hi-en
pillsbury | flour | hi,hi-en,en
rajdhani | flour,lentils | hi,hi-en
annapurna | flour,salt | hi,hi-en
kohinoor | rice | hi,hi-en
lal qilla | rice | hi,hi-en
madhur | sugar | hi,hi-en
bru | coffee | hi,hi-en
brooke bond | tea | hi,hi-en
taj mahal | tea | hi,hi-en
tetley | tea | hi,hi-en,en
girnar | tea | hi,hi-en
unibic | biscuits | hi,hi-en
priyagold | biscuits | hi,hi-en
mcvities | biscuits | hi,hi-en,en
cadbury | chocolate | hi,hi-en,en
balaji | chips | hi,hi-en
uncle chips | chips | hi,hi-en
bikaji | chips | hi,hi-en
yippee | noodles | hi,hi-en
top ramen | noodles | hi,hi-en
chings | noodles | hi,hi-en
bambino | pasta | hi,hi-en
harvest gold | bread | hi,hi-en
english oven | bread | hi,hi-en
venkys | chicken,sausages | hi,hi-en
licious | chicken | hi,hi-en
kissan | jam,ketchup | hi,hi-en
sundrop | oil,peanut butter | hi,hi-en
pintola | peanut butter | hi,hi-en
dhara | oil | hi,hi-en
paper boat | juice | hi,hi-en
frooti | juice | hi,hi-en
maaza | juice | hi,hi-en
bisleri | water,soda | hi,hi-en
kinley | water,soda | hi,hi-en
thums up | soda | hi,hi-en
limca | soda,lemonade | hi,hi-en
sting | energy drink | hi,hi-en
kingfisher | beer | hi,hi-en
sula | wine | hi,hi-en
kwality walls | ice cream | hi,hi-en
vadilal | ice cream | hi,hi-en
havmor | ice cream | hi,hi-en
ghadi | detergent | hi,hi-en
nirma | detergent,soap | hi,hi-en
henko | detergent | hi,hi-en
exo | dish soap | hi,hi-en
comfort | fabric softener | hi,hi-en,en
cinthol | soap,deodorant | hi,hi-en
medimix | soap | hi,hi-en
mysore sandal | soap | hi,hi-en
hamam | soap | hi,hi-en
godrej | soap | hi,hi-en
vatika | shampoo,conditioner | hi,hi-en
sunsilk | shampoo,conditioner | hi,hi-en
closeup | toothpaste | hi,hi-en
ponds | face cream,body lotion | hi,hi-en,en
lakme | face cream,sunscreen | hi,hi-en
boroplus | face cream | hi,hi-en
mamaearth | shampoo,face cream,sunscreen | hi,hi-en
park avenue | deodorant | hi,hi-en
wild stone | deodorant | hi,hi-en
fogg | deodorant | hi,hi-en
mamypoko | diapers | hi,hi-en
prestige | frying pan,electric kettle | hi,hi-en
hawkins | frying pan | hi,hi-en
pigeon | electric kettle,frying pan | hi,hi-en
bajaj | electric kettle,microwave | hi,hi-en
havells | electric kettle,hair dryer,light bulbs | hi,hi-en
morphy richards | electric kettle,microwave | hi,hi-en,en
ifb | microwave | hi,hi-en
eureka forbes | vacuum cleaner | hi,hi-en
syska | light bulbs,hair dryer | hi,hi-en
wipro | light bulbs | hi,hi-en
eveready | batteries | hi,hi-en
jockey | socks,shorts,pyjamas | hi,hi-en
van heusen | shirt,trousers | hi,hi-en
manyavar | kurta | hi,hi-en
nalli | saree | hi,hi-en
satya paul | saree | hi,hi-en
relaxo | slippers,sandals | hi,hi-en
paragon | slippers,sandals | hi,hi-en
sparx | running shoes,sneakers | hi,hi-en
woodland | boots,sneakers,jacket | hi,hi-en
red tape | sneakers,boots | hi,hi-en
monte carlo | sweater,jacket | hi,hi-en
philadelphia | cheese | en,es,fr,de,it,pt
bonduelle | beans,lentils,mushrooms | en,es,fr,de,it,pt
alpro | milk,yogurt | en,es,fr,de,it,pt
quaker | cereal | -
schweppes | soda | -
monster | energy drink | -
perrier | water | en,es,fr,de,it,pt
minute maid | juice | -
kinder | chocolate | -
ferrero | chocolate | -
haagen dazs | ice cream | -
magnum | ice cream | -
baskin robbins | ice cream | en,hi,hi-en
hellmanns | ketchup | en,es,fr,de,it,pt
knorr | noodles | hi,hi-en
del monte | juice,ketchup | en,es,fr,it,hi,hi-en
skippy | peanut butter | en,fr
guinness | beer | en,fr,de,es,it,pt
stella artois | beer | en,fr,es,it,pt
tuborg | beer | hi,hi-en,en
domestos | bleach | en,de,pt,it
glad | trash bags | en
charmin | toilet paper,paper towels | en
scotch brite | sponges | -
yankee candle | candles | en,de,fr,es,it
osram | light bulbs | -
varta | batteries | en,es,fr,de,it,pt
loreal | shampoo,conditioner,face cream,sunscreen | -
tresemme | shampoo,conditioner | -
herbal essences | shampoo,conditioner | en,es,fr,de,it,pt
vaseline | body lotion | -
eucerin | face cream,body lotion,sunscreen | -
neutrogena | face cream,sunscreen,body lotion | -
cerave | face cream,body lotion | -
la roche posay | sunscreen,face cream | -
johnsons | shampoo,body lotion,soap | -
signal | toothpaste,toothbrush | es,fr,pt,it,de
aquafresh | toothpaste | en,fr,es,it
carex | hand wash | en
bic | razors | -
wilkinson | razors | en,fr,de,es,it
braun | hair dryer,razors,electric kettle | -
remington | hair dryer,razors | -
babyliss | hair dryer | -
dyson | vacuum cleaner,hair dryer | -
rowenta | hair dryer,vacuum cleaner | en,fr,de,es,it,pt
bosch | vacuum cleaner,microwave,electric kettle | -
electrolux | vacuum cleaner,microwave | -
tefal | frying pan,electric kettle | -
delonghi | electric kettle,microwave | -
russell hobbs | electric kettle | en,de,es
kenwood | electric kettle | en,it,de,fr
irobot | vacuum cleaner | -
nintendo | gaming console | -
speedo | swimsuit | -
ralph lauren | shirt,belt | -
hugo boss | shirt,belt,trousers | en,de,fr,es,it,pt
burberry | scarf | -
columbia | jacket,gloves | -
ugg | boots,slippers | -
clarks | boots,heels,sandals | -
steve madden | heels | en,es,fr,it
"""


@dataclass(frozen=True)
class Brand:
    key: str
    concepts: frozenset[str]
    languages: frozenset[str] | None  # None = known everywhere


def _parse_brands(table: str) -> dict[str, Brand]:
    out = {}
    for line in table.strip().splitlines():
        key, concepts, langs = (f.strip() for f in line.split("|"))
        unknown = set(concepts.split(",")) - set(CONCEPTS)
        if unknown:
            raise ValueError(f"brand {key}: unknown concepts {unknown}")
        out[key] = Brand(key, frozenset(concepts.split(",")), None if langs == "-" else frozenset(langs.split(",")))
    return out


HAND_BRANDS = _parse_brands(_BRANDS)
