"""Italian words. Articles are written in their base form (il, i, un, del...); `contract` picks
lo/l'/gli/uno/dell'... from the next word's first sounds (vowel, or s+consonant, z, gn, ps, x, y)."""

PRODUCTS = """
rice: riso | risi | m
rice: riso basmati | risi basmati | m
rice: riso integrale | risi integrali | m
rice: riso carnaroli | risi carnaroli | m
rice: riso arborio | risi arborio | m
flour: farina | farine | f
flour: farina integrale | farine integrali | f
flour: farina di mais | farine di mais | f
flour: farina di grano duro | farine di grano duro | f
sugar: zucchero | zuccheri | m
sugar: zucchero di canna | zuccheri di canna | m
sugar: zucchero a velo | zuccheri a velo | m
sugar: zucchero semolato | zuccheri semolati | m
salt: sale | sali | m
salt: sale fino | sali fini | m
salt: sale grosso | sali grossi | m
salt: sale marino | sali marini | m
apples: mela | mele | f
apples: mela golden | mele golden | f
apples: mela verde | mele verdi | f
bananas: banana | banane | f
oranges: arancia | arance | f
oranges: arancia rossa | arance rosse | f
oranges: arancia da spremuta | arance da spremuta | f
potatoes: patata | patate | f
potatoes: patata novella | patate novelle | f
potatoes: patata a pasta gialla | patate a pasta gialla | f
onions: cipolla | cipolle | f
onions: cipolla rossa | cipolle rosse | f
onions: cipolla di tropea | cipolle di tropea | f
onions: cipolla bianca | cipolle bianche | f
tomatoes: pomodoro | pomodori | m
tomatoes: pomodorino | pomodorini | m
tomatoes: pomodoro ciliegino | pomodori ciliegini | m
tomatoes: pomodoro da sugo | pomodori da sugo | m
tomatoes: passata di pomodoro | passate di pomodoro | f.mass
eggs: uova | uova | f.pl
eggs: uova fresche | uova fresche | f.pl
eggs: uova bio | uova bio | f.pl
eggs: uova da allevamento a terra | uova da allevamento a terra | f.pl
bread: pane | pani | m.mass
bread: pancarrè | pancarrè | m.mass
bread: pane integrale | pani integrali | m.mass
bread: pane in cassetta | pani in cassetta | m.mass
bread: baguette | baguette | f
bread: panino | panini | m
bread: pagnotta | pagnotte | f
butter: burro | burri | m
butter: burro salato | burri salati | m
butter: burro di panna | burri di panna | m
cheese: formaggio | formaggi | m
cheese: parmigiano grattugiato | parmigiani grattugiati | m
cheese: mozzarella | mozzarelle | f
cheese: parmigiano | parmigiani | m
cheese: grana padano | grana padano | m
cheese: pecorino romano | pecorini romani | m
cheese: ricotta | ricotte | f
cheese: gorgonzola | gorgonzola | m
cheese: formaggio grattugiato | formaggi grattugiati | m
yogurt: yogurt | yogurt | m
yogurt: yogurt greco | yogurt greci | m
yogurt: yogurt bianco | yogurt bianchi | m
yogurt: yogurt alla frutta | yogurt alla frutta | m
coffee: caffè | caffè | m
coffee: caffè macinato | caffè macinati | m
coffee: caffè in grani | caffè in grani | m
coffee: caffè solubile | caffè solubili | m
coffee: caffè decaffeinato | caffè decaffeinati | m
coffee: cialda di caffè | cialde di caffè | f.count
coffee: capsula di caffè | capsule di caffè | f.count
tea: tè verde | tè verdi | m
tea: tè | tè | m
tea: tè nero | tè neri | m
tea: tè al limone | tè al limone | m
tea: tisana | tisane | f
tea: camomilla | camomille | f
pasta: pasta | paste | f
pasta: spaghetti | spaghetti | m.pl
pasta: penne | penne | f.pl
pasta: fusilli | fusilli | m.pl
pasta: rigatoni | rigatoni | m.pl
pasta: tagliatelle | tagliatelle | f.pl
pasta: farfalle | farfalle | f.pl
pasta: lasagne | lasagne | f.pl
pasta: pasta integrale | paste integrali | f
pasta: pasta fresca | paste fresche | f
cereal: cereali | cereali | m.pl
cereal: fiocchi d'avena | fiocchi d'avena | m.pl
cereal: muesli | muesli | m
cereal: corn flakes | corn flakes | m.pl
cereal: cereali integrali | cereali integrali | m.pl
biscuits: biscotto | biscotti | m
biscuits: frollino | frollini | m
biscuits: biscotto al cioccolato | biscotti al cioccolato | m
crackers: cracker | cracker | m
biscuits: wafer | wafer | m
biscuits: fette biscottate | fette biscottate | f.pl
chips: patatine | patatine | f.pl
chips: patatine in busta | patatine in busta | f.pl
chips: patatine alla paprika | patatine alla paprika | f.pl
chips: chips | chips | f.pl
chocolate: cioccolato fondente | cioccolati fondenti | m
chocolate: cioccolato | cioccolati | m
chocolate: cioccolato al latte | cioccolati al latte | m
chocolate: cioccolato bianco | cioccolati bianchi | m
chocolate: tavoletta di cioccolato | tavolette di cioccolato | f.count
chocolate: crema spalmabile | creme spalmabili | f
chocolate: cioccolatino | cioccolatini | m.count
chicken: petto di pollo | petti di pollo | m.mass
chicken: pollo | polli | m
chicken: coscia di pollo | cosce di pollo | f.count
chicken: fettina di pollo | fettine di pollo | f.count
chicken: sovracoscia di pollo | sovracosce di pollo | f.count
tuna: tonno | tonni | m
tuna: tonno in scatola | tonni in scatola | m
tuna: tonno all'olio d'oliva | tonni all'olio d'oliva | m
tuna: tonno al naturale | tonni al naturale | m
beans: fagioli | fagioli | m.pl
beans: fagiolini | fagiolini | m.pl
beans: fagioli borlotti | fagioli borlotti | m.pl
beans: fagioli cannellini | fagioli cannellini | m.pl
lentils: lenticchie | lenticchie | f.pl
lentils: lenticchia | lenticchie | f
lentils: lenticchie rosse | lenticchie rosse | f.pl
lentils: lenticchie secche | lenticchie secche | f.pl
honey: miele | mieli | m
honey: miele di acacia | mieli di acacia | m
honey: miele millefiori | mieli millefiori | m
honey: miele di castagno | mieli di castagno | m
oil: olio d'oliva | oli d'oliva | m
oil: olio extravergine | oli extravergini | m
oil: olio | oli | m
oil: olio extravergine d'oliva | oli extravergini d'oliva | m
oil: olio di semi | oli di semi | m
oil: olio di girasole | oli di girasole | m
oil: olio evo | oli evo | m
milk: latte | latti | m
milk: latte parzialmente scremato | latti parzialmente scremati | m
milk: latte intero | latti interi | m
milk: latte scremato | latti scremati | m
milk: latte senza lattosio | latti senza lattosio | m
milk: latte di soia | latti di soia | m
milk: latte di avena | latti di avena | m
milk: latte fresco | latti freschi | m
water: acqua | acque | f
water: acqua frizzante | acque frizzanti | f
water: acqua naturale | acque naturali | f
water: acqua minerale | acque minerali | f
water: acqua gassata | acque gassate | f
water: acqua leggermente frizzante | acque leggermente frizzanti | f
juice: succo d'arancia | succhi d'arancia | m
juice: succo di frutta | succhi di frutta | m
juice: succo di mela | succhi di mela | m
juice: succo ace | succhi ace | m
juice: succo d'ananas | succhi d'ananas | m
juice: spremuta d'arancia | spremute d'arancia | f
soda: bibita | bibite | f
soda: aranciata | aranciate | f
soda: gassosa | gassose | f
soda: bibita gassata | bibite gassate | f
soda: chinotto | chinotti | m
soda: limonata | limonate | f
soda: tè freddo | tè freddi | m
beer: birra | birre | f
beer: birra chiara | birre chiare | f
beer: birra artigianale | birre artigianali | f
beer: birra analcolica | birre analcoliche | f
beer: birra rossa | birre rosse | f
wine: vino rosso | vini rossi | m
wine: vino bianco | vini bianchi | m
wine: vino | vini | m
wine: vino rosato | vini rosati | m
wine: prosecco | prosecchi | m
wine: spumante | spumanti | m
detergent: detersivo | detersivi | m
detergent: detersivo per lavatrice | detersivi per lavatrice | m
detergent: detersivo liquido | detersivi liquidi | m
detergent: detersivo in polvere | detersivi in polvere | m
toilet paper: carta igienica | carte igieniche | f
toilet paper: rotolo di carta igienica | rotoli di carta igienica | m.count
paper towels: carta da cucina | carte da cucina | f.mass
paper towels: carta assorbente | carte assorbenti | f.mass
paper towels: rotolo di carta assorbente | rotoli di carta assorbente | m
paper towels: rotolo di carta da cucina | rotoli di carta da cucina | m
dish soap: detersivo per piatti | detersivi per piatti | m
dish soap: detersivo per i piatti | detersivi per i piatti | m
dish soap: detersivo piatti | detersivi piatti | m
dish soap: sapone per i piatti | saponi per i piatti | m
trash bags: sacchetto della spazzatura | sacchetti della spazzatura | m
trash bags: sacco della spazzatura | sacchi della spazzatura | m
trash bags: sacchetto dell'immondizia | sacchetti dell'immondizia | m
trash bags: sacco nero | sacchi neri | m
trash bags: sacchetto per l'umido | sacchetti per l'umido | m
batteries: pila | pile | f
batteries: batteria | batterie | f
batteries: pila stilo | pile stilo | f
batteries: pila ministilo | pile ministilo | f
batteries: pila ricaricabile | pile ricaricabili | f
light bulbs: lampadina | lampadine | f
light bulbs: lampadina led | lampadine led | f
light bulbs: lampadina a risparmio energetico | lampadine a risparmio energetico | f
shampoo: shampoo | shampoo | m
shampoo: shampoo antiforfora | shampoo antiforfora | m
shampoo: shampoo delicato | shampoo delicati | m
soap: sapone | saponi | m
soap: bagnoschiuma | bagnoschiuma | m
soap: sapone liquido | saponi liquidi | m
soap: saponetta | saponette | f
soap: sapone per le mani | saponi per le mani | m
soap: docciaschiuma | docciaschiuma | m
toothpaste: dentifricio | dentifrici | m
toothpaste: dentifricio sbiancante | dentifrici sbiancanti | m
toothbrush: spazzolino | spazzolini | m
toothbrush: spazzolino da denti | spazzolini da denti | m
toothbrush: spazzolino elettrico | spazzolini elettrici | m
diapers: pannolino | pannolini | m
diapers: pannolino mutandina | pannolini mutandina | m
deodorant: deodorante | deodoranti | m
deodorant: deodorante spray | deodoranti spray | m
deodorant: deodorante roll-on | deodoranti roll-on | m
deodorant: deo | deo | m
razors: rasoio | rasoi | m
razors: rasoio usa e getta | rasoi usa e getta | m
razors: lametta | lamette | f
razors: rasoio elettrico | rasoi elettrici | m
phone: telefono | telefoni | m
phone: cellulare | cellulari | m
phone: smartphone | smartphone | m
phone: telefonino | telefonini | m
phone: telefono cellulare | telefoni cellulari | m
laptop: portatile | portatili | m
laptop: computer portatile | computer portatili | m
laptop: pc portatile | pc portatili | m
laptop: notebook | notebook | m
laptop: computer | computer | m
headphones: cuffie | cuffie | f.pl
headphones: auricolari | auricolari | m.pl
headphones: cuffiette | cuffiette | f.pl
headphones: cuffie bluetooth | cuffie bluetooth | f.pl
headphones: cuffie senza fili | cuffie senza fili | f.pl
headphones: auricolare | auricolari | m
headphones: auricolari wireless | auricolari wireless | m.pl
tv: televisore | televisori | m
tv: tv | tv | f
tv: televisione | televisioni | f
tv: smart tv | smart tv | f
tv: televisore led | televisori led | m
tablet: tablet | tablet | m
tablet: tablet android | tablet android | m
charger: caricabatterie | caricabatterie | m
charger: caricatore | caricatori | m
charger: caricabatterie rapido | caricabatterie rapidi | m
charger: caricatore wireless | caricatori wireless | m
charger: alimentatore | alimentatori | m
phone case: cover | cover | f
phone case: custodia | custodie | f
phone case: cover per cellulare | cover per cellulare | f
phone case: custodia per telefono | custodie per telefono | f
mouse: mouse | mouse | m
mouse: mouse wireless | mouse wireless | m
mouse: mouse senza fili | mouse senza fili | m
mouse: mouse da gaming | mouse da gaming | m
keyboard: tastiera | tastiere | f
keyboard: tastiera wireless | tastiere wireless | f
keyboard: tastiera meccanica | tastiere meccaniche | f
monitor: monitor | monitor | m
monitor: schermo | schermi | m
monitor: monitor per pc | monitor per pc | m
monitor: monitor da gaming | monitor da gaming | m
printer: stampante | stampanti | f
printer: stampante laser | stampanti laser | f
printer: stampante a getto d'inchiostro | stampanti a getto d'inchiostro | f
printer: stampante multifunzione | stampanti multifunzione | f
speaker: cassa bluetooth | casse bluetooth | f
speaker: altoparlante | altoparlanti | m
speaker: cassa | casse | f
speaker: cassa wireless | casse wireless | f
speaker: speaker bluetooth | speaker bluetooth | m
camera: fotocamera | fotocamere | f
camera: macchina fotografica | macchine fotografiche | f
camera: fotocamera digitale | fotocamere digitali | f
camera: videocamera | videocamere | f
webcam: webcam | webcam | f
camera: action cam | action cam | f
smartwatch: smartwatch | smartwatch | m
smartwatch: orologio intelligente | orologi intelligenti | m
smartwatch: orologio smart | orologi smart | m
memory card: scheda di memoria | schede di memoria | f
memory card: scheda sd | schede sd | f
memory card: micro sd | micro sd | f
memory card: schedina di memoria | schedine di memoria | f
cable: cavo usb | cavi usb | m
cable: cavo | cavi | m
cable: cavo hdmi | cavi hdmi | m
cable: cavo di ricarica | cavi di ricarica | m
cable: cavetto | cavetti | m
power bank: power bank | power bank | m
power bank: batteria esterna | batterie esterne | f
power bank: caricatore portatile | caricatori portatili | m
power bank: powerbank | powerbank | m
hard drive: hard disk esterno | hard disk esterni | m
hard drive: hard disk | hard disk | m
hard drive: disco rigido | dischi rigidi | m
hard drive: ssd | ssd | m
hard drive: disco esterno | dischi esterni | m
usb drive: chiavetta usb | chiavette usb | f
usb drive: chiavetta | chiavette | f
usb drive: pennetta usb | pennette usb | f
usb drive: penna usb | penne usb | f
router: router | router | m
router: modem | modem | m
router: modem router | modem router | m
router: router wifi | router wifi | m
tshirt: maglietta | magliette | f
tshirt: t-shirt | t-shirt | f
tshirt: maglietta a maniche corte | magliette a maniche corte | f
tshirt: maglia | maglie | f
shirt: camicia | camicie | f
shirt: camicia di lino | camicie di lino | f
shirt: camicia a quadri | camicie a quadri | f
shirt: camicetta | camicette | f
jeans: jeans | jeans | m.pl
jeans: jeans skinny | jeans skinny | m.pl
jeans: pantaloni di jeans | pantaloni di jeans | m.pl
trousers: pantaloni | pantaloni | m.pl
trousers: pantaloni della tuta | pantaloni della tuta | m.pl
trousers: pantaloni eleganti | pantaloni eleganti | m.pl
trousers: pantalone | pantaloni | m
dress: vestito | vestiti | m
dress: abito | abiti | m
dress: vestito da sera | vestiti da sera | m
dress: abito lungo | abiti lunghi | m
dress: vestitino | vestitini | m
skirt: gonna | gonne | f
skirt: minigonna | minigonne | f
skirt: gonna lunga | gonne lunghe | f
skirt: gonna a pieghe | gonne a pieghe | f
skirt: gonna di jeans | gonne di jeans | f
jacket: giacca | giacche | f
jacket: giubbotto | giubbotti | m
jacket: giacca a vento | giacche a vento | f
jacket: piumino | piumini | m
jacket: giubbotto di pelle | giubbotti di pelle | m
jacket: cappotto | cappotti | m
jacket: giubbino | giubbini | m
sweater: maglione | maglioni | m
sweater: maglione di lana | maglioni di lana | m
sweater: dolcevita | dolcevita | m
sweater: cardigan | cardigan | m
sweater: maglioncino | maglioncini | m
hoodie: felpa | felpe | f
hoodie: felpa con cappuccio | felpe con cappuccio | f
hoodie: felpa con zip | felpe con zip | f
socks: calzino | calzini | m
socks: calza | calze | f
socks: calzino di spugna | calzini di spugna | m
socks: fantasmino | fantasmini | m
cap: cappellino | cappellini | m
cap: berretto | berretti | m
cap: cappello | cappelli | m
cap: cappellino da baseball | cappellini da baseball | m
sneakers: sneakers | sneakers | f.pl
sneakers: scarpa da ginnastica | scarpe da ginnastica | f
sneakers: scarpa sportiva | scarpe sportive | f
sneakers: scarpa da tennis | scarpe da tennis | f
running shoes: scarpa da corsa | scarpe da corsa | f
running shoes: scarpa da running | scarpe da running | f
running shoes: scarpa da trail | scarpe da trail | f
boots: stivale | stivali | m
boots: stivaletto | stivaletti | m
boots: anfibio | anfibi | m
boots: stivale da pioggia | stivali da pioggia | m
boots: scarponcino | scarponcini | m
sandals: sandalo | sandali | m
sandals: ciabatta | ciabatte | f
sandals: infradito | infradito | f
sandals: ciabatta da piscina | ciabatte da piscina | f
noodles: noodles | noodles | m.pl
noodles: spaghetti di riso | spaghetti di riso | m.pl
noodles: noodles istantanei | noodles istantanei | m.pl
graphics card: scheda video | schede video | f
graphics card: scheda grafica | schede grafiche | f
# The 40 concepts added after the first release ("sausages" to "heels" in concepts.py). uva is a mass
# noun in Italian ("un chilo d'uva", never "tre uve"), so grapes is tagged mass; ghiacciolo and filetto
# di salmone are counted by the piece. "limonata" (soda), "ciabatta" (sandals) and "sapone per le mani"
# (soap) already belong to other concepts: lemonade and slippers use longer phrases, hand wash uses
# detergente. Plain "webcam" sits above, moved there from camera.
sausages: salsiccia | salsicce | f
sausages: würstel | würstel | m
sausages: salsiccia di maiale | salsicce di maiale | f
ham: prosciutto | prosciutti | m
ham: prosciutto cotto | prosciutti cotti | m
ham: prosciutto crudo | prosciutti crudi | m
carrots: carota | carote | f
carrots: carota bio | carote bio | f
grapes: uva | uve | f.mass
grapes: uva bianca | uve bianche | f.mass
grapes: uva da tavola | uve da tavola | f.mass
lemons: limone | limoni | m
lemons: limone bio | limoni bio | m
lemons: limone non trattato | limoni non trattati | m
peanut butter: burro di arachidi | burri di arachidi | m
peanut butter: crema di arachidi | creme di arachidi | f
jam: marmellata | marmellate | f
jam: confettura | confetture | f
jam: marmellata di albicocche | marmellate di albicocche | f
ketchup: ketchup | ketchup | m
ketchup: salsa ketchup | salse ketchup | f
mushrooms: fungo | funghi | m
mushrooms: fungo champignon | funghi champignon | m
mushrooms: fungo porcino | funghi porcini | m
ice cream: gelato | gelati | m
ice cream: gelato alla vaniglia | gelati alla vaniglia | m
ice cream: ghiacciolo | ghiaccioli | m.count
olives: oliva | olive | f
olives: oliva verde | olive verdi | f
olives: oliva nera | olive nere | f
salmon: salmone | salmoni | m
salmon: salmone affumicato | salmoni affumicati | m
salmon: filetto di salmone | filetti di salmone | m.count
energy drink: energy drink | energy drink | m
energy drink: bevanda energetica | bevande energetiche | f
lemonade: limonata artigianale | limonate artigianali | f
lemonade: bevanda al limone | bevande al limone | f
sponges: spugna | spugne | f
sponges: spugnetta | spugnette | f
sponges: spugna abrasiva | spugne abrasive | f
fabric softener: ammorbidente | ammorbidenti | m
fabric softener: ammorbidente concentrato | ammorbidenti concentrati | m
candles: candela | candele | f
candles: candela profumata | candele profumate | f
candles: candelina | candeline | f
bleach: candeggina | candeggine | f
bleach: varechina | varechine | f
frying pan: padella | padelle | f
frying pan: padella antiaderente | padelle antiaderenti | f
towels: asciugamano | asciugamani | m
towels: asciugamano da bagno | asciugamani da bagno | m
towels: telo mare | teli mare | m
pillow: cuscino | cuscini | m
pillow: cuscino da letto | cuscini da letto | m
conditioner: balsamo | balsami | m
conditioner: balsamo per capelli | balsami per capelli | m
conditioner: balsamo districante | balsami districanti | m
sunscreen: crema solare | creme solari | f
sunscreen: protezione solare | protezioni solari | f
face cream: crema viso | creme viso | f
face cream: crema per il viso | creme per il viso | f
face cream: crema antirughe | creme antirughe | f
hand wash: detergente mani | detergenti mani | m
hand wash: detergente per le mani | detergenti per le mani | m
body lotion: crema corpo | creme corpo | f
body lotion: crema per il corpo | creme per il corpo | f
body lotion: lozione per il corpo | lozioni per il corpo | f
webcam: webcam per pc | webcam per pc | f
webcam: webcam usb | webcam usb | f
microwave: microonde | microonde | m
microwave: forno a microonde | forni a microonde | m
vacuum cleaner: aspirapolvere | aspirapolvere | m
vacuum cleaner: scopa elettrica | scope elettriche | f
vacuum cleaner: robot aspirapolvere | robot aspirapolvere | m
hair dryer: asciugacapelli | asciugacapelli | m
hair dryer: phon | phon | m
electric kettle: bollitore | bollitori | m
electric kettle: bollitore elettrico | bollitori elettrici | m
gaming console: console | console | f
gaming console: console per videogiochi | console per videogiochi | f
gaming console: console da gioco | console da gioco | f
shorts: pantaloncini | pantaloncini | m.pl
shorts: shorts | shorts | m.pl
shorts: bermuda | bermuda | m.pl
pyjamas: pigiama | pigiami | m
pyjamas: pigiama di cotone | pigiami di cotone | m
gloves: guanto | guanti | m
gloves: guanto di lana | guanti di lana | m
gloves: guanto di pelle | guanti di pelle | m
scarf: sciarpa | sciarpe | f
scarf: sciarpa di lana | sciarpe di lana | f
scarf: foulard | foulard | m
swimsuit: costume da bagno | costumi da bagno | m
swimsuit: costume | costumi | m
swimsuit: bikini | bikini | m
belt: cintura | cinture | f
belt: cinta | cinte | f
belt: cintura di pelle | cinture di pelle | f
slippers: pantofola | pantofole | f
slippers: ciabatta da casa | ciabatte da casa | f
heels: scarpa con il tacco | scarpe con il tacco | f
heels: tacchi | tacchi | m.pl
heels: décolleté | décolleté | f
# corpus v7: the new concepts
garlic: aglio | agli | m.mass
garlic: testa d'aglio | teste d'aglio | f
garlic: spicchio d'aglio | spicchi d'aglio | m
cucumbers: cetriolo | cetrioli | m
cucumbers: cetriolino | cetriolini | m
bell peppers: peperone | peperoni | m
bell peppers: peperone rosso | peperoni rossi | m
bell peppers: peperone giallo | peperoni gialli | m
lettuce: lattuga | lattughe | f
lettuce: insalata | insalate | f
lettuce: insalata iceberg | insalate iceberg | f
spinach: spinaci | spinaci | m.pl
spinach: spinaci novelli | spinaci novelli | m.pl
spinach: spinaci surgelati | spinaci surgelati | m.pl
strawberries: fragola | fragole | f
strawberries: fragolina di bosco | fragoline di bosco | f
watermelon: anguria | angurie | f
watermelon: cocomero | cocomeri | m
mangoes: mango | manghi | m
mangoes: mango maturo | manghi maturi | m
pears: pera | pere | f
pears: pera abate | pere abate | f
pears: pera williams | pere williams | f
peaches: pesca | pesche | f
peaches: pesca noce | pesche noci | f
peaches: pesca gialla | pesche gialle | f
avocados: avocado | avocado | m
avocados: avocado hass | avocado hass | m
pineapple: ananas | ananas | m
sweetcorn: mais | mais | m
sweetcorn: mais in scatola | mais in scatola | m
sweetcorn: mais dolce | mais dolce | m
peas: piselli | piselli | m.pl
peas: pisellini | pisellini | m.pl
peas: piselli surgelati | piselli surgelati | m.pl
oats: avena | avene | f
oats: porridge | porridge | m
crackers: cracker salato | cracker salati | m
crackers: cracker integrale | cracker integrali | m
crackers: galletta | gallette | f
popcorn: popcorn | popcorn | m
popcorn: pop corn | pop corn | m
almonds: mandorla | mandorle | f
almonds: mandorla pelata | mandorle pelate | f
almonds: mandorla tostata | mandorle tostate | f
raisins: uvetta | uvette | f.mass
raisins: uva passa | uve passe | f.mass
raisins: uva sultanina | uve sultanine | f.mass
cream: panna | panne | f
cream: panna da cucina | panne da cucina | f
cream: panna fresca | panne fresche | f
mayonnaise: maionese | maionesi | f
mustard: senape | senapi | f
mustard: senape di digione | senapi di digione | f
mustard: mostarda | mostarde | f
vinegar: aceto | aceti | m
vinegar: aceto balsamico | aceti balsamici | m
vinegar: aceto di vino | aceti di vino | m
soy sauce: salsa di soia | salse di soia | f
soy sauce: salsa soia | salse soia | f
black pepper: pepe | pepi | m
black pepper: pepe nero | pepi neri | m
black pepper: pepe macinato | pepi macinati | m
cake: torta | torte | f
cake: torta al cioccolato | torte al cioccolato | f
cake: ciambellone | ciambelloni | m
frozen pizza: pizza surgelata | pizze surgelate | f
frozen pizza: pizza | pizze | f
soup: zuppa | zuppe | f
soup: minestra | minestre | f
soup: minestrone | minestroni | m
sardines: sardina | sardine | f
sardines: sarda | sarde | f
sardines: sardina sott'olio | sardine sott'olio | f
prawns: gambero | gamberi | m
prawns: gamberetto | gamberetti | m
prawns: mazzancolla | mazzancolle | f
minced beef: carne macinata | carni macinate | f
minced beef: macinato | macinati | m
minced beef: macinato di manzo | macinati di manzo | m
tofu: tofu | tofu | m
tofu: tofu affumicato | tofu affumicati | m
bacon: pancetta | pancette | f
bacon: bacon | bacon | m
bacon: pancetta a cubetti | pancette a cubetti | f
mozzarella: mozzarella di bufala | mozzarelle di bufala | f
mozzarella: fiordilatte | fiordilatte | m
mozzarella: mozzarella per pizza | mozzarelle per pizza | f
croissants: cornetto | cornetti | m
croissants: brioche | brioche | f
croissants: croissant | croissant | m
tortillas: tortilla | tortillas | f
tortillas: wrap | wrap | m
tortillas: piadina | piadine | f
baby food: omogeneizzato | omogeneizzati | m
baby food: omogeneizzato di frutta | omogeneizzati di frutta | m
baby food: pappa per neonati | pappe per neonati | f
dog food: cibo per cani | cibi per cani | m
dog food: crocchette per cani | crocchette per cani | f.pl
dog food: croccantini per cani | croccantini per cani | m.pl
cat food: cibo per gatti | cibi per gatti | m
cat food: crocchette per gatti | crocchette per gatti | f.pl
cat food: croccantini per gatti | croccantini per gatti | m.pl
coconut water: acqua di cocco | acque di cocco | f
iced tea: tè freddo alla pesca | tè freddi alla pesca | m
iced tea: tè freddo al limone | tè freddi al limone | m
iced tea: ice tea | ice tea | m
hot chocolate: cioccolata calda | cioccolate calde | f
hot chocolate: cioccolata in tazza | cioccolate in tazza | f
hot chocolate: cacao in polvere | cacao in polvere | m
almond milk: latte di mandorla | latti di mandorla | m
almond milk: bevanda alla mandorla | bevande alla mandorla | f
whisky: whisky | whisky | m
whisky: scotch | scotch | m
whisky: bourbon | bourbon | m
dishwasher tablets: pastiglia per lavastoviglie | pastiglie per lavastoviglie | f
dishwasher tablets: capsula per lavastoviglie | capsule per lavastoviglie | f
dishwasher tablets: pastiglia lavastoviglie | pastiglie lavastoviglie | f
aluminium foil: carta stagnola | carte stagnole | f
aluminium foil: carta d'alluminio | carte d'alluminio | f
aluminium foil: stagnola | stagnole | f
napkins: tovagliolo | tovaglioli | m
napkins: tovagliolo di carta | tovaglioli di carta | m
air freshener: deodorante per ambienti | deodoranti per ambienti | m
air freshener: profumatore per ambienti | profumatori per ambienti | m
glass cleaner: detergente per vetri | detergenti per vetri | m
glass cleaner: spray per vetri | spray per vetri | m
glass cleaner: pulisci vetri | pulisci vetri | m
broom: scopa | scope | f
broom: scopa di saggina | scope di saggina | f
mop: mocio | mocio | m
mop: straccio per pavimenti | stracci per pavimenti | m
bucket: secchio | secchi | m
bucket: secchio con strizzatore | secchi con strizzatore | m
hangers: gruccia | grucce | f
hangers: stampella | stampelle | f
hangers: gruccia di legno | grucce di legno | f
plates: piatto | piatti | m
plates: piatto piano | piatti piani | m
plates: piatto fondo | piatti fondi | m
mugs: tazza | tazze | f
mugs: tazza da colazione | tazze da colazione | f
mugs: tazzona | tazzone | f
kitchen knife: coltello da cucina | coltelli da cucina | m
kitchen knife: coltello | coltelli | m
kitchen knife: coltello da chef | coltelli da chef | m
blanket: coperta | coperte | f
blanket: plaid | plaid | m
blanket: coperta di lana | coperte di lana | f
bedsheets: lenzuola | lenzuola | f.pl
bedsheets: set di lenzuola | set di lenzuola | m
bedsheets: lenzuola matrimoniali | lenzuola matrimoniali | f.pl
curtains: tenda | tende | f
curtains: tenda oscurante | tende oscuranti | f
curtains: tendina | tendine | f
lamp: lampada | lampade | f
lamp: lampada da comodino | lampade da comodino | f
lamp: lampada da tavolo | lampade da tavolo | f
mouthwash: collutorio | collutori | m
shaving foam: schiuma da barba | schiume da barba | f
shaving foam: gel da barba | gel da barba | m
hair oil: olio per capelli | oli per capelli | m
hair oil: olio di argan | oli di argan | m
perfume: profumo | profumi | m
perfume: eau de parfum | eau de parfum | f
perfume: acqua di colonia | acque di colonia | f
lipstick: rossetto | rossetti | m
lipstick: rossetto opaco | rossetti opachi | m
nail polish: smalto | smalti | m
nail polish: smalto per unghie | smalti per unghie | m
wet wipes: salvietta umidificata | salviette umidificate | f
wet wipes: salviettina | salviettine | f
wet wipes: salviettine per bambini | salviettine per bambini | f.pl
hand sanitizer: gel igienizzante | gel igienizzanti | m
hand sanitizer: igienizzante mani | igienizzanti mani | m
hand sanitizer: gel disinfettante | gel disinfettanti | m
comb: pettine | pettini | m
vitamins: vitamina | vitamine | f
vitamins: integratore | integratori | m
vitamins: multivitaminico | multivitaminici | m
plasters: cerotto | cerotti | m
plasters: cerotto impermeabile | cerotti impermeabili | m
projector: proiettore | proiettori | m
projector: videoproiettore | videoproiettori | m
ereader: ebook reader | ebook reader | m
ereader: lettore di ebook | lettori di ebook | m
ereader: lettore ebook | lettori ebook | m
drone: drone | droni | m
drone: drone con telecamera | droni con telecamera | m
power strip: ciabatta elettrica | ciabatte elettriche | f
power strip: multipresa | multiprese | f
power strip: prolunga | prolunghe | f
iron: ferro da stiro | ferri da stiro | m
iron: ferro a vapore | ferri a vapore | m
iron: ferro da stiro con caldaia | ferri da stiro con caldaia | m
blender: frullatore | frullatori | m
blender: frullatore a immersione | frullatori a immersione | m
toaster: tostapane | tostapane | m
coffee machine: macchina del caffè | macchine del caffè | f
coffee machine: macchinetta del caffè | macchinette del caffè | f
coffee machine: moka | moke | f
fan: ventilatore | ventilatori | m
fan: ventilatore a colonna | ventilatori a colonna | m
heater: stufa | stufe | f
heater: stufetta | stufette | f
heater: termoventilatore | termoventilatori | m
air fryer: friggitrice ad aria | friggitrici ad aria | f
air fryer: air fryer | air fryer | f
washing machine: lavatrice | lavatrici | f
fridge: frigorifero | frigoriferi | m
fridge: frigo | frigo | m
microphone: microfono | microfoni | m
microphone: microfono wireless | microfoni wireless | m
ink cartridge: cartuccia | cartucce | f
ink cartridge: cartuccia d'inchiostro | cartucce d'inchiostro | f
ink cartridge: cartuccia per stampante | cartucce per stampante | f
coat: soprabito | soprabiti | m
coat: cappotto di lana | cappotti di lana | m
coat: cappotto invernale | cappotti invernali | m
blouse: blusa | bluse | f
blouse: camicetta di seta | camicette di seta | f
leggings: leggings | leggings | m.pl
leggings: fuseaux | fuseaux | m.pl
leggings: leggings sportivi | leggings sportivi | m.pl
tie: cravatta | cravatte | f
tie: cravatta di seta | cravatte di seta | f
hat: cappello di paglia | cappelli di paglia | m
hat: cappello di lana | cappelli di lana | m
hat: cappello di feltro | cappelli di feltro | m
raincoat: impermeabile | impermeabili | m
raincoat: k-way | k-way | m
raincoat: giacca impermeabile | giacche impermeabili | f
suit: completo | completi | m
suit: abito da uomo | abiti da uomo | m
suit: tailleur | tailleur | m
sunglasses: occhiali da sole | occhiali da sole | m.pl
sunglasses: occhiali da sole polarizzati | occhiali da sole polarizzati | m.pl
watch: orologio | orologi | m
watch: orologio da polso | orologi da polso | m
backpack: zaino | zaini | m
backpack: zainetto | zainetti | m
handbag: borsa | borse | f
handbag: borsetta | borsette | f
handbag: borsa a tracolla | borse a tracolla | f
wallet: portafoglio | portafogli | m
wallet: portamonete | portamonete | m
wallet: portafoglio di pelle | portafogli di pelle | m
umbrella: ombrello | ombrelli | m
umbrella: ombrello pieghevole | ombrelli pieghevoli | m
flip flops: infradito di gomma | infradito di gomma | f
flip flops: infradito da mare | infradito da mare | f
loafers: mocassino | mocassini | m
loafers: mocassino di pelle | mocassini di pelle | m
ballet flats: ballerina | ballerine | f
ballet flats: ballerina di pelle | ballerine di pelle | f
formal shoes: scarpa elegante | scarpe eleganti | f
formal shoes: scarpa classica | scarpe classiche | f
formal shoes: francesina | francesine | f
"""

UNITS = """
kilo: chilo | chili | m
bag: sacchetto | sacchetti | m
pack: pacco | pacchi | m
box: scatola | scatole | f
dozen: dozzina | dozzine | f
carton: cartone | cartoni | m
bottle: bottiglia | bottiglie | f
litre: litro | litri | m
can: lattina | lattine | f
jar: barattolo | barattoli | m
tube: tubetto | tubetti | m
pair: paio | paia | m
kilo: chilogrammo | chilogrammi | m
bag: busta | buste | f
bag: sacchetto | sacchetti | m
pack: confezione | confezioni | f
pack: pacchetto | pacchetti | m
box: confezione | confezioni | f
carton: brick | brick | m
bottle: bottiglietta | bottigliette | f
jar: vasetto | vasetti | m
"""

COLOURS = """
nero/nera/neri/nere
bianco/bianca/bianchi/bianche
rosso/rossa/rossi/rosse
blu
blu scuro
verde/verdi
grigio/grigia/grigi/grigie
rosa
viola
giallo/gialla/gialli/gialle
argento
oro
marrone/marroni
beige
arancione/arancioni
blu navy
blu notte
blu elettrico
azzurro/azzurra/azzurri/azzurre
celeste/celesti
verde scuro
verde chiaro
verde militare
verde oliva
verde acqua
grigio chiaro
grigio scuro
grigio antracite
antracite
rosso bordeaux
bordeaux
rosso fuoco
rosa cipria
rosa chiaro
fucsia
bianco sporco
bianco panna
panna
crema
avorio
cammello
kaki
turchese/turchesi
lilla
giallo senape
bianco e nero
multicolore/multicolori
"""

SIZES = {
    "wear": "xs\ns\nm\nl\nxl\nxxl\n40\n42\n44\n46\n48\n50\n52",
    "shoes": "37\n38\n39\n40\n41\n42\n43\n44\n45",
}
SIZE_UNITS = {"gb": "{} giga", "tb": "{} tera", "inch": "{} pollici"}

# 1 is the article (untagged): "dei"/"delle" before a plural-only noun ("delle cuffie", never "una cuffie")
NUMBERS = {1: {"m": "un", "f": "una", "m.pl": "dei", "f.pl": "delle"}, 2: "due", 3: "tre", 4: "quattro", 5: "cinque", 6: "sei", 7: "sette",
           8: "otto", 9: "nove", 10: "dieci", 11: "undici", 12: "dodici", 15: "quindici", 20: "venti",
           24: "ventiquattro", 25: "venticinque", 30: "trenta", 50: "cinquanta", 100: "cento"}
PRICE_FORMATS = ["{} euro", "{} euro", "{}"]
CURRENCY_SCALE = 1.0

DATES = {
    "past": "ieri\nl'altro ieri\nla settimana scorsa\nlunedì\nmartedì scorso\ndue giorni fa\nil mese scorso\n"
            "stamattina\nieri sera\nvenerdì\nieri mattina\nieri pomeriggio\nstamani\noggi pomeriggio\n"
            "l'ultima volta\nl'altro giorno\nl'altra sera\npoco fa\nmercoledì\ngiovedì scorso\nsabato scorso\n"
            "domenica scorsa\nlunedì mattina\ntre giorni fa\nuna settimana fa\nquindici giorni fa\nun mese fa\n"
            "lo scorso weekend\nil weekend scorso\nl'altroieri\na|natale\na|inizio mese\nla settimana prima\n"
            "l'altra volta\nla volta scorsa\ndue settimane fa",
    "future": "oggi\ndomani\nquesto fine settimana\ndomenica\nsabato\nla settimana prossima\nstasera\n"
              "venerdì prossimo\ndopodomani\ndomani mattina\ndomani pomeriggio\ndomani sera\nstanotte\n"
              "oggi pomeriggio\nquesto pomeriggio\nlunedì prossimo\nmartedì\nmercoledì\ngiovedì\n"
              "sabato mattina\ndomenica pomeriggio\nquesto weekend\nla prossima settimana\nil mese prossimo\n"
              "tra due giorni\nfra una settimana\nquesta settimana\na|natale\na|pasqua\n"
              "a|ferragosto\na|capodanno\nil|primo maggio\nla|vigilia di natale\na|fine mese",
}

STORES = """
via roma
corso buenos aires
piazza duomo
porta nuova
trastevere
brera
via del corso
corso vittorio emanuele
san babila
piazza castello
piazza navona
via toledo
porta garibaldi
via montenapoleone
termini
via nazionale
porta romana
città studi
prati
corso italia
bologna
torino
napoli
firenze
"""

# {store:chain}: a chain at one of the STORES; "the|..." leaves the article out of the span
STORE_CHAINS = """
la|coop di {}
la|conad di {}
il|carrefour di {}
il|lidl di {}
la|pam di {}
il|famila di {}
la|esselunga di {}
il|eurospin di {}
il|penny di {}
il|despar di {}
il|tigros di {}
la|crai di {}
il|bennet di {}
"""

PARTS = {
    "please": "per favore\nper piacere",
    "find": "mostrami\ncerca\ncercami\nsto cercando\nvorrei vedere\navete\nci sono",
    "add": "aggiungi\nmetti\nmettimi\naggiungimi",
    "cart": "nel carrello\nal carrello\nnel mio carrello",
    "remove": "togli\nrimuovi\nelimina\ntoglimi",
    "from_cart": "dal carrello\ndal mio carrello",
    "my_order": "il mio ordine\nil mio pacco\nl'ordine\nil pacco",
    "store": "il negozio di {store}\nil vostro negozio di {store}\nil punto vendita di {store}\n{store:chain}",
    "cheap": "sotto i {price_max}\na meno di {price_max}\ntra {price_min:bare} e {price_max}\n"
             "tra {price_min} e {price_max}\nda {price_min:bare} a {price_max}\n"
             "sopra i {price_min}\nfino a {price_max}",
    "size_wear": "taglia {size}\nin taglia {size}\ndella taglia {size}",
    "size_shoes": "numero {size}\ntaglia {size}",
    "size_storage": "da {size}",
    "size_screen": "da {size}",
}

AGREE = {
    "il": "il/la/i/le",
    "un": "un/una/dei/delle; mass.m=del; mass.f=della; mass.m.pl=dei; mass.f.pl=delle",
    "del": "del/della/dei/delle",
    "sul": "sul/sulla/sui/sulle",
    "questo": "questo/questa/questi/queste",
    "lo": "lo/la/li/le",
    "è": "è/sono",
    "c'è": "c'è/ci sono",
    "costa": "costa/costano",
    "viene": "viene/vengono",
    "arriva": "arriva/arrivano",
    "ha": "ha/hanno",
    "va": "va/vanno",
    "serve": "serve/servono",
    "scade": "scade/scadono",
    "veste": "veste/vestono",
    "disponibile": "disponibile/disponibili",
    "economico": "economico/economica/economici/economiche",
    "nuovo": "nuovo/nuova/nuovi/nuove",
    "arrivato": "arrivato/arrivata/arrivati/arrivate",
    "spedito": "spedito/spedita/spediti/spedite",
    "rotto": "rotto/rotta/rotti/rotte",
    "scaduto": "scaduto/scaduta/scaduti/scadute",
    "finito": "finito/finita/finiti/finite",
    "toglilo": "toglilo/toglila/toglili/toglile",
    "riordinalo": "riordinalo/riordinala/riordinali/riordinale",
    "aggiungilo": "aggiungilo/aggiungila/aggiungili/aggiungile",
    "salvalo": "salvalo/salvala/salvali/salvale",
    "mettilo": "mettilo/mettila/mettili/mettile",
    "rimandarlo": "rimandarlo/rimandarla/rimandarli/rimandarle",
    "un_": "un/una//; mass.m=; mass.f=",
    "tutto": "tutto/tutta/tutti/tutte",
    "quanto": "quanto/quanta/quanti/quante",
    "quello": "quello/quella/quelli/quelle",
    "altri": "altri/altre/altri/altre",
    "caro": "caro/cara/cari/care",
    "compatibile": "compatibile/compatibili",
    "nel": "nel/nella/nei/nelle",
    "funziona": "funziona/funzionano",
    "sta": "sta/stanno",
    "ricarica": "ricarica/ricaricano",
    "può": "si può/si possono",
    "com'è": "com'è/come sono",
    "aggiunto": "aggiunto/aggiunta/aggiunti/aggiunte",
    "stato": "stato/stata/stati/state",
    "tuo": "il tuo/la tua/i tuoi/le tue",
    "prendilo": "prendilo/prendila/prendili/prendile",
    "impermeabile": "impermeabile/impermeabili",
    "silenzioso": "silenzioso/silenziosa/silenziosi/silenziose",
    "comprato": "comprato/comprata/comprati/comprate",
    "quale": "quale/quali",
    "servirebbe": "servirebbe/servirebbero",
    "contiene": "contiene/contengono",
    "scontato": "scontato/scontata/scontati/scontate",
}

PREFIXES = """
ehm
allora
senti
dunque
ehi
ok
"""
SUFFIXES = """
per favore
grazie
per piacere
"""

ONE_IS_ARTICLE = True
# base form -> {sound of the next word: form}; v = vowel or h, z = s+consonant, z, gn, ps, x, y
_FORMS = {
    "il": {"v": "l'", "z": "lo"}, "lo": {"v": "l'"}, "la": {"v": "l'"}, "i": {"v": "gli", "z": "gli"},
    "un": {"z": "uno"}, "una": {"v": "un'"},
    "del": {"v": "dell'", "z": "dello"}, "della": {"v": "dell'"}, "dei": {"v": "degli", "z": "degli"},
    "al": {"v": "all'", "z": "allo"}, "alla": {"v": "all'"}, "ai": {"v": "agli", "z": "agli"},
    "nel": {"v": "nell'", "z": "nello"}, "nella": {"v": "nell'"}, "nei": {"v": "negli", "z": "negli"},
    "dal": {"v": "dall'", "z": "dallo"}, "dalla": {"v": "dall'"}, "dai": {"v": "dagli", "z": "dagli"},
    "sul": {"v": "sull'", "z": "sullo"}, "sulla": {"v": "sull'"}, "sui": {"v": "sugli", "z": "sugli"},
}


def _sound(word: str) -> str:
    if not word:
        return "c"
    if word[0] in "aeiouàèéìòùh" or word.startswith(("8", "11")):  # "gli 80 euro", "l'hard disk"
        return "v"
    if (word[0] == "s" and len(word) > 1 and word[1] not in "aeiouàèéìòù") or word[0] in "zxy" \
            or word.startswith(("gn", "ps", "pn")):
        return "z"
    return "c"


# "di" is elided before the words Italians say that way: "una bottiglia d'acqua", "un litro d'olio",
# "un chilo d'uva" (the product span starts after the apostrophe)
_DI_ELIDED = ("acqua", "acque", "olio", "oli", "uva", "arancia", "arance", "aranciata")


def contract(prev: str, word: str, nxt: str) -> str | None:
    if word == "di":
        return "d'" if nxt in _DI_ELIDED else None
    return _FORMS.get(word, {}).get(_sound(nxt))
