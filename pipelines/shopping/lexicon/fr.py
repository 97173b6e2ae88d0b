"""French words. Elision (le -> l', de -> d', du -> de l', ce -> cet) is applied by `contract`
from the next word's first sound, so templates write the full forms."""

PRODUCTS = """
rice: riz | riz | m
rice: riz basmati | riz basmati | m
rice: riz complet | riz complets | m
rice: riz thaï | riz thaï | m
flour: farine | farines | f
flour: farine de blé | farines de blé | f
flour: farine complète | farines complètes | f
sugar: sucre | sucres | m
sugar: sucre en poudre | sucres en poudre | m
sugar: sucre roux | sucres roux | m
sugar: sucre en morceaux | sucres en morceaux | m
salt: sel | sels | m
salt: sel fin | sels fins | m
salt: gros sel | gros sels | m
salt: fleur de sel | fleurs de sel | f
apples: pomme | pommes | f
apples: pomme golden | pommes golden | f
apples: pomme verte | pommes vertes | f
bananas: banane | bananes | f
oranges: orange | oranges | f
oranges: orange à jus | oranges à jus | f
oranges: orange sanguine | oranges sanguines | f
potatoes: pomme de terre | pommes de terre | f
potatoes: patate | patates | f
potatoes: pomme de terre nouvelle | pommes de terre nouvelles | f
onions: oignon | oignons | m
onions: oignon rouge | oignons rouges | m
onions: oignon jaune | oignons jaunes | m
tomatoes: tomate | tomates | f
tomatoes: tomate cerise | tomates cerises | f
tomatoes: tomate en grappe | tomates en grappe | f
eggs: œuf | œufs | m
eggs: œuf frais | œufs frais | m
eggs: œuf bio | œufs bio | m
eggs: œuf plein air | œufs plein air | m
bread: pain de mie | pains de mie | m.mass
bread: baguette | baguettes | f
bread: pain | pains | m
bread: pain complet | pains complets | m
bread: pain de campagne | pains de campagne | m
bread: pain aux céréales | pains aux céréales | m
butter: beurre | beurres | m
butter: beurre doux | beurres doux | m
butter: beurre demi-sel | beurres demi-sel | m
cheese: fromage râpé | fromages râpés | m
cheese: emmental | emmentals | m
cheese: comté | comtés | m
cheese: camembert | camemberts | m
cheese: gruyère râpé | gruyères râpés | m
cheese: fromage de chèvre | fromages de chèvre | m
cheese: mozzarella | mozzarellas | f
yogurt: yaourt | yaourts | m
yogurt: yaourt nature | yaourts nature | m
yogurt: yaourt à la grecque | yaourts à la grecque | m
yogurt: yaourt aux fruits | yaourts aux fruits | m
coffee: café | cafés | m
coffee: café moulu | cafés moulus | m
coffee: café en grains | cafés en grains | m
coffee: café soluble | cafés solubles | m
coffee: capsule de café | capsules de café | f.count
tea: thé vert | thés verts | m
tea: thé | thés | m
tea: thé noir | thés noirs | m
tea: thé à la menthe | thés à la menthe | m
tea: tisane | tisanes | f
pasta: pâtes | pâtes | f.pl
pasta: spaghettis | spaghettis | m.pl
pasta: coquillettes | coquillettes | f.pl
pasta: penne | penne | f.pl
pasta: tagliatelles | tagliatelles | f.pl
pasta: macaronis | macaronis | m.pl
pasta: lasagnes | lasagnes | f.pl
cereal: céréales | céréales | f.pl
cereal: corn flakes | corn flakes | m.pl
cereal: muesli | mueslis | m
cereal: flocons d'avoine | flocons d'avoine | m.pl
biscuits: biscuit | biscuits | m
biscuits: gâteau sec | gâteaux secs | m
biscuits: cookie | cookies | m
biscuits: petit-beurre | petits-beurre | m
biscuits: sablé | sablés | m
chips: chips | chips | f.pl
chips: chips à l'ancienne | chips à l'ancienne | f.pl
chips: chips au paprika | chips au paprika | f.pl
chocolate: chocolat noir | chocolats noirs | m
chocolate: chocolat au lait | chocolats au lait | m
chocolate: chocolat blanc | chocolats blancs | m
chocolate: tablette de chocolat | tablettes de chocolat | f.count
chocolate: pâte à tartiner | pâtes à tartiner | f
chicken: blanc de poulet | blancs de poulet | m.mass
chicken: poulet | poulets | m
chicken: escalope de poulet | escalopes de poulet | f.count
chicken: cuisse de poulet | cuisses de poulet | f.count
tuna: thon | thons | m
tuna: thon en boîte | thons en boîte | m
tuna: thon au naturel | thons au naturel | m
tuna: miettes de thon | miettes de thon | f.pl
beans: haricots rouges | haricots rouges | m.pl
beans: haricots verts | haricots verts | m.pl
beans: haricots blancs | haricots blancs | m.pl
beans: flageolets | flageolets | m.pl
lentils: lentille | lentilles | f
lentils: lentille verte | lentilles vertes | f
lentils: lentille corail | lentilles corail | f
noodles: nouilles | nouilles | f.pl
noodles: nouilles chinoises | nouilles chinoises | f.pl
noodles: nouilles instantanées | nouilles instantanées | f.pl
noodles: vermicelles de riz | vermicelles de riz | m.pl
honey: miel | miels | m
honey: miel d'acacia | miels d'acacia | m
honey: miel de fleurs | miels de fleurs | m
oil: huile d'olive | huiles d'olive | f
oil: huile de tournesol | huiles de tournesol | f
oil: huile | huiles | f
oil: huile d'olive vierge extra | huiles d'olive vierge extra | f
oil: huile de colza | huiles de colza | f
milk: lait | laits | m
milk: lait demi-écrémé | laits demi-écrémés | m
milk: lait entier | laits entiers | m
milk: lait écrémé | laits écrémés | m
milk: lait d'avoine | laits d'avoine | m
milk: lait de soja | laits de soja | m
water: eau | eaux | f
water: eau gazeuse | eaux gazeuses | f
water: eau minérale | eaux minérales | f
water: eau plate | eaux plates | f
water: eau pétillante | eaux pétillantes | f
water: eau de source | eaux de source | f
juice: jus d'orange | jus d'orange | m
juice: jus de pomme | jus de pomme | m
juice: jus de fruits | jus de fruits | m
juice: jus multifruits | jus multifruits | m
juice: jus d'ananas | jus d'ananas | m
soda: soda | sodas | m
soda: coca | cocas | m
soda: limonade | limonades | f
soda: boisson gazeuse | boissons gazeuses | f
beer: bière | bières | f
beer: bière blonde | bières blondes | f
beer: bière sans alcool | bières sans alcool | f
beer: bière artisanale | bières artisanales | f
wine: vin rouge | vins rouges | m
wine: vin blanc | vins blancs | m
wine: vin rosé | vins rosés | m
wine: vin | vins | m
wine: champagne | champagnes | m
detergent: lessive | lessives | f
detergent: lessive liquide | lessives liquides | f
detergent: lessive en capsules | lessives en capsules | f
detergent: lessive en poudre | lessives en poudre | f
toilet paper: papier toilette | papier toilette | m.mass
toilet paper: papier hygiénique | papier hygiénique | m.mass
toilet paper: rouleau de papier toilette | rouleaux de papier toilette | m.count
paper towels: essuie-tout | essuie-tout | m.mass
paper towels: rouleau d'essuie-tout | rouleaux d'essuie-tout | m
paper towels: sopalin | sopalin | m.mass
dish soap: liquide vaisselle | liquides vaisselle | m
dish soap: produit vaisselle | produits vaisselle | m
dish soap: liquide vaisselle au citron | liquides vaisselle au citron | m
trash bags: sac poubelle | sacs poubelle | m
trash bags: sac à ordures | sacs à ordures | m
batteries: pile | piles | f
batteries: pile aa | piles aa | f
batteries: pile rechargeable | piles rechargeables | f
batteries: pile bouton | piles bouton | f
light bulbs: ampoule | ampoules | f
light bulbs: ampoule led | ampoules led | f
light bulbs: ampoule basse consommation | ampoules basse consommation | f
shampoo: shampooing | shampooings | m
shampoo: shampoing | shampoings | m
shampoo: shampooing antipelliculaire | shampooings antipelliculaires | m
soap: savon | savons | m
soap: gel douche | gels douche | m
soap: savon liquide | savons liquides | m
soap: savon de marseille | savons de marseille | m
soap: savonnette | savonnettes | f
toothpaste: dentifrice | dentifrices | m
toothpaste: pâte dentifrice | pâtes dentifrices | f
toothpaste: dentifrice blancheur | dentifrices blancheur | m
toothbrush: brosse à dents | brosses à dents | f
toothbrush: brosse à dents électrique | brosses à dents électriques | f
diapers: couche | couches | f
diapers: couche-culotte | couches-culottes | f
diapers: couche bébé | couches bébé | f
deodorant: déodorant | déodorants | m
deodorant: déo | déos | m
deodorant: déodorant à bille | déodorants à bille | m
deodorant: anti-transpirant | anti-transpirants | m
razors: rasoir | rasoirs | m
razors: rasoir jetable | rasoirs jetables | m
razors: lame de rasoir | lames de rasoir | f
razors: rasoir électrique | rasoirs électriques | m
phone: téléphone | téléphones | m
phone: smartphone | smartphones | m
phone: portable | portables | m
phone: téléphone portable | téléphones portables | m
phone: mobile | mobiles | m
laptop: ordinateur portable | ordinateurs portables | m
laptop: pc portable | pc portables | m
laptop: ordi portable | ordis portables | m
laptop: ordinateur | ordinateurs | m
headphones: casque | casques | m
headphones: écouteurs | écouteurs | m.pl
headphones: casque audio | casques audio | m
headphones: casque bluetooth | casques bluetooth | m
headphones: écouteurs sans fil | écouteurs sans fil | m.pl
headphones: oreillettes | oreillettes | f.pl
tv: télé | télés | f
tv: téléviseur | téléviseurs | m
tv: télévision | télévisions | f
tv: écran plat | écrans plats | m
tv: smart tv | smart tv | f
tablet: tablette | tablettes | f
tablet: tablette tactile | tablettes tactiles | f
charger: chargeur | chargeurs | m
charger: chargeur rapide | chargeurs rapides | m
charger: chargeur sans fil | chargeurs sans fil | m
charger: chargeur de téléphone | chargeurs de téléphone | m
phone case: coque de téléphone | coques de téléphone | f
phone case: coque | coques | f
phone case: étui de téléphone | étuis de téléphone | m
phone case: housse de portable | housses de portable | f
mouse: souris | souris | f
mouse: souris sans fil | souris sans fil | f
mouse: souris gamer | souris gamer | f
keyboard: clavier | claviers | m
keyboard: clavier sans fil | claviers sans fil | m
keyboard: clavier mécanique | claviers mécaniques | m
monitor: écran | écrans | m
monitor: moniteur | moniteurs | m
monitor: écran pc | écrans pc | m
monitor: écran d'ordinateur | écrans d'ordinateur | m
printer: imprimante | imprimantes | f
printer: imprimante laser | imprimantes laser | f
printer: imprimante jet d'encre | imprimantes jet d'encre | f
speaker: enceinte | enceintes | f
speaker: enceinte bluetooth | enceintes bluetooth | f
speaker: enceinte connectée | enceintes connectées | f
speaker: haut-parleur | haut-parleurs | m
camera: appareil photo | appareils photo | m
camera: appareil photo numérique | appareils photo numériques | m
camera: caméra | caméras | f
webcam: webcam | webcams | f
smartwatch: montre connectée | montres connectées | f
smartwatch: montre intelligente | montres intelligentes | f
smartwatch: bracelet connecté | bracelets connectés | m
memory card: carte mémoire | cartes mémoire | f
memory card: carte sd | cartes sd | f
memory card: carte micro sd | cartes micro sd | f
cable: câble usb | câbles usb | m
cable: câble | câbles | m
cable: câble de charge | câbles de charge | m
cable: câble hdmi | câbles hdmi | m
power bank: batterie externe | batteries externes | f
power bank: batterie de secours | batteries de secours | f
power bank: powerbank | powerbanks | f
hard drive: disque dur | disques durs | m
hard drive: disque dur externe | disques durs externes | m
hard drive: ssd | ssd | m
usb drive: clé usb | clés usb | f
usb drive: clef usb | clefs usb | f
router: routeur | routeurs | m
router: box internet | box internet | f
router: routeur wifi | routeurs wifi | m
tshirt: t-shirt | t-shirts | m
tshirt: tee-shirt | tee-shirts | m
tshirt: t-shirt à manches courtes | t-shirts à manches courtes | m
tshirt: tee-shirt col v | tee-shirts col v | m
shirt: chemise | chemises | f
shirt: chemise à carreaux | chemises à carreaux | f
shirt: chemise en lin | chemises en lin | f
shirt: chemisier | chemisiers | m
jeans: jean | jeans | m
jeans: jean slim | jeans slim | m
jeans: pantalon en jean | pantalons en jean | m
trousers: pantalon | pantalons | m
trousers: pantalon de survêtement | pantalons de survêtement | m
trousers: jogging | joggings | m
trousers: chino | chinos | m
dress: robe | robes | f
dress: robe d'été | robes d'été | f
dress: robe de soirée | robes de soirée | f
dress: robe longue | robes longues | f
skirt: jupe | jupes | f
skirt: jupe plissée | jupes plissées | f
skirt: minijupe | minijupes | f
skirt: jupe longue | jupes longues | f
jacket: veste | vestes | f
jacket: blouson | blousons | m
jacket: doudoune | doudounes | f
jacket: veste en cuir | vestes en cuir | f
jacket: veste en jean | vestes en jean | f
jacket: manteau | manteaux | m
sweater: pull | pulls | m
sweater: pull en laine | pulls en laine | m
sweater: pull col roulé | pulls col roulé | m
sweater: gilet | gilets | m
hoodie: sweat à capuche | sweats à capuche | m
hoodie: hoodie | hoodies | m
hoodie: sweat zippé à capuche | sweats zippés à capuche | m
socks: chaussette | chaussettes | f
socks: chaussette de sport | chaussettes de sport | f
socks: socquette | socquettes | f
cap: casquette | casquettes | f
cap: casquette de baseball | casquettes de baseball | f
cap: bob | bobs | m
sneakers: basket | baskets | f
sneakers: tennis | tennis | f
sneakers: chaussure de sport | chaussures de sport | f
sneakers: basket montante | baskets montantes | f
running shoes: chaussure de running | chaussures de running | f
running shoes: chaussure de course | chaussures de course | f
running shoes: chaussure de trail | chaussures de trail | f
boots: botte | bottes | f
boots: bottine | bottines | f
boots: botte de pluie | bottes de pluie | f
boots: botte en cuir | bottes en cuir | f
sandals: sandale | sandales | f
sandals: tong | tongs | f
sandals: claquette | claquettes | f
sandals: nu-pieds | nu-pieds | m
graphics card: carte graphique | cartes graphiques | f
graphics card: carte vidéo | cartes vidéo | f
# New concepts (concepts.py, "sausages" to "heels"). "limonade" (soda) already belongs to another
# concept: not repeated here.
sausages: saucisse | saucisses | f
sausages: saucisse de toulouse | saucisses de toulouse | f
sausages: merguez | merguez | f
ham: jambon | jambons | m
ham: jambon blanc | jambons blancs | m
ham: tranche de jambon | tranches de jambon | f.count
carrots: carotte | carottes | f
carrots: carotte bio | carottes bio | f
carrots: carotte râpée | carottes râpées | f
grapes: raisin | raisins | m.mass
grapes: raisin blanc | raisins blancs | m.mass
grapes: raisin noir | raisins noirs | m.mass
lemons: citron | citrons | m
lemons: citron jaune | citrons jaunes | m
lemons: citron bio | citrons bio | m
peanut butter: beurre de cacahuète | beurres de cacahuète | m
peanut butter: beurre de cacahuète croquant | beurres de cacahuète croquants | m
jam: confiture | confitures | f
jam: confiture de fraises | confitures de fraises | f
jam: confiture d'abricots | confitures d'abricots | f
ketchup: ketchup | ketchups | m
ketchup: sauce ketchup | sauces ketchup | f
mushrooms: champignon | champignons | m
mushrooms: champignon de paris | champignons de paris | m
ice cream: glace | glaces | f
ice cream: glace à la vanille | glaces à la vanille | f
ice cream: crème glacée | crèmes glacées | f
olives: olive | olives | f
olives: olive verte | olives vertes | f
olives: olive noire | olives noires | f
salmon: saumon | saumons | m
salmon: saumon fumé | saumons fumés | m
salmon: pavé de saumon | pavés de saumon | m.count
energy drink: boisson énergisante | boissons énergisantes | f
energy drink: boisson énergétique | boissons énergétiques | f
lemonade: citronnade | citronnades | f
lemonade: boisson au citron | boissons au citron | f
sponges: éponge | éponges | f
sponges: éponge grattante | éponges grattantes | f
fabric softener: adoucissant | adoucissants | m
fabric softener: assouplissant | assouplissants | m
candles: bougie | bougies | f
candles: bougie parfumée | bougies parfumées | f
candles: bougie chauffe-plat | bougies chauffe-plat | f
bleach: eau de javel | eaux de javel | f
bleach: javel | javels | f
frying pan: poêle | poêles | f
frying pan: poêle antiadhésive | poêles antiadhésives | f
frying pan: poêle à frire | poêles à frire | f
towels: serviette de bain | serviettes de bain | f
towels: serviette | serviettes | f
towels: drap de bain | draps de bain | m
pillow: oreiller | oreillers | m
pillow: oreiller à mémoire de forme | oreillers à mémoire de forme | m
conditioner: après-shampooing | après-shampooings | m
conditioner: après-shampoing | après-shampoings | m
conditioner: démêlant | démêlants | m
sunscreen: crème solaire | crèmes solaires | f
sunscreen: protection solaire | protections solaires | f
sunscreen: écran total | écrans totaux | m
face cream: crème visage | crèmes visage | f
face cream: crème hydratante | crèmes hydratantes | f
face cream: crème de jour | crèmes de jour | f
hand wash: savon pour les mains | savons pour les mains | m
hand wash: gel lavant pour les mains | gels lavants pour les mains | m
body lotion: lait corporel | laits corporels | m
body lotion: lait pour le corps | laits pour le corps | m
body lotion: crème pour le corps | crèmes pour le corps | f
webcam: caméra web | caméras web | f
webcam: caméra pour ordinateur | caméras pour ordinateur | f
microwave: micro-ondes | micro-ondes | m
microwave: four à micro-ondes | fours à micro-ondes | m
microwave: four micro-ondes | fours micro-ondes | m
vacuum cleaner: aspirateur | aspirateurs | m
vacuum cleaner: aspirateur sans fil | aspirateurs sans fil | m
vacuum cleaner: aspirateur robot | aspirateurs robots | m
hair dryer: sèche-cheveux | sèche-cheveux | m
hair dryer: séchoir à cheveux | séchoirs à cheveux | m
electric kettle: bouilloire | bouilloires | f
electric kettle: bouilloire électrique | bouilloires électriques | f
gaming console: console de jeux | consoles de jeux | f
gaming console: console | consoles | f
gaming console: console de jeux vidéo | consoles de jeux vidéo | f
shorts: short | shorts | m
shorts: bermuda | bermudas | m
shorts: short de sport | shorts de sport | m
pyjamas: pyjama | pyjamas | m
pyjamas: pyjama en coton | pyjamas en coton | m
gloves: gant | gants | m
gloves: gant en cuir | gants en cuir | m
gloves: gant en laine | gants en laine | m
scarf: écharpe | écharpes | f
scarf: foulard | foulards | m
scarf: écharpe en laine | écharpes en laine | f
swimsuit: maillot de bain | maillots de bain | m
swimsuit: maillot | maillots | m
swimsuit: bikini | bikinis | m
belt: ceinture | ceintures | f
belt: ceinture en cuir | ceintures en cuir | f
slippers: chausson | chaussons | m
slippers: pantoufle | pantoufles | f
slippers: charentaise | charentaises | f
heels: escarpin | escarpins | m
heels: chaussure à talons | chaussures à talons | f
heels: talon haut | talons hauts | m
# corpus v7: the new concepts
garlic: ail | ails | m.mass
garlic: tête d'ail | têtes d'ail | f
garlic: gousse d'ail | gousses d'ail | f
cucumbers: concombre | concombres | m
cucumbers: mini concombre | mini concombres | m
bell peppers: poivron | poivrons | m
bell peppers: poivron rouge | poivrons rouges | m
bell peppers: poivron vert | poivrons verts | m
lettuce: salade | salades | f
lettuce: laitue | laitues | f
lettuce: laitue iceberg | laitues iceberg | f
spinach: épinards | épinards | m.pl
spinach: pousses d'épinards | pousses d'épinards | f.pl
spinach: épinards hachés | épinards hachés | m.pl
strawberries: fraise | fraises | f
strawberries: fraise gariguette | fraises gariguettes | f
watermelon: pastèque | pastèques | f
watermelon: melon d'eau | melons d'eau | m
mangoes: mangue | mangues | f
mangoes: mangue mûre | mangues mûres | f
pears: poire | poires | f
pears: poire conférence | poires conférence | f
peaches: pêche | pêches | f
peaches: nectarine | nectarines | f
peaches: pêche blanche | pêches blanches | f
avocados: avocat | avocats | m
avocados: avocat hass | avocats hass | m
pineapple: ananas | ananas | m
pineapple: ananas victoria | ananas victoria | m
sweetcorn: maïs | maïs | m
sweetcorn: maïs doux | maïs doux | m
sweetcorn: maïs en grains | maïs en grains | m
peas: petits pois | petits pois | m.pl
peas: petits pois extra-fins | petits pois extra-fins | m.pl
oats: avoine | avoines | f
oats: porridge | porridges | m
crackers: cracker | crackers | m
crackers: biscuit apéritif | biscuits apéritifs | m
popcorn: pop-corn | pop-corn | m
popcorn: popcorn | popcorn | m
popcorn: pop-corn sucré | pop-corn sucrés | m
almonds: amande | amandes | f
almonds: amande décortiquée | amandes décortiquées | f
almonds: amande grillée | amandes grillées | f
raisins: raisin sec | raisins secs | m
raisins: raisin de corinthe | raisins de corinthe | m
cream: crème fraîche | crèmes fraîches | f
cream: crème liquide | crèmes liquides | f
cream: crème épaisse | crèmes épaisses | f
mayonnaise: mayonnaise | mayonnaises | f
mayonnaise: mayo | mayos | f
mustard: moutarde | moutardes | f
mustard: moutarde de dijon | moutardes de dijon | f
mustard: moutarde à l'ancienne | moutardes à l'ancienne | f
vinegar: vinaigre | vinaigres | m
vinegar: vinaigre balsamique | vinaigres balsamiques | m
vinegar: vinaigre de vin | vinaigres de vin | m
soy sauce: sauce soja | sauces soja | f
soy sauce: sauce soja sucrée | sauces soja sucrées | f
black pepper: poivre | poivres | m
black pepper: poivre noir | poivres noirs | m
black pepper: poivre moulu | poivres moulus | m
cake: gâteau | gâteaux | m
cake: gâteau au chocolat | gâteaux au chocolat | m
cake: quatre-quarts | quatre-quarts | m
frozen pizza: pizza surgelée | pizzas surgelées | f
frozen pizza: pizza | pizzas | f
soup: soupe | soupes | f
soup: velouté | veloutés | m
soup: potage | potages | m
sardines: sardine | sardines | f
sardines: sardine à l'huile | sardines à l'huile | f
prawns: crevette | crevettes | f
prawns: gambas | gambas | f.pl
prawns: crevette rose | crevettes roses | f
minced beef: viande hachée | viandes hachées | f
minced beef: steak haché | steaks hachés | m.count
minced beef: bœuf haché | bœufs hachés | m
tofu: tofu | tofus | m
tofu: tofu fumé | tofus fumés | m
bacon: bacon | bacons | m
bacon: lardons | lardons | m.pl
bacon: lardons fumés | lardons fumés | m.pl
mozzarella: mozzarella di bufala | mozzarellas di bufala | f
mozzarella: boule de mozzarella | boules de mozzarella | f.count
croissants: croissant | croissants | m
croissants: croissant au beurre | croissants au beurre | m
tortillas: tortilla | tortillas | f
tortillas: wrap | wraps | m
tortillas: galette de blé | galettes de blé | f
baby food: petit pot pour bébé | petits pots pour bébé | m.count
baby food: petit pot | petits pots | m.count
baby food: compote pour bébé | compotes pour bébé | f
dog food: croquettes pour chien | croquettes pour chien | f.pl
dog food: pâtée pour chien | pâtées pour chien | f
dog food: nourriture pour chien | nourritures pour chien | f
cat food: croquettes pour chat | croquettes pour chat | f.pl
cat food: pâtée pour chat | pâtées pour chat | f
cat food: nourriture pour chat | nourritures pour chat | f
coconut water: eau de coco | eaux de coco | f
iced tea: thé glacé | thés glacés | m
iced tea: ice tea | ice teas | m
iced tea: thé glacé à la pêche | thés glacés à la pêche | m
hot chocolate: chocolat chaud | chocolats chauds | m
hot chocolate: chocolat en poudre | chocolats en poudre | m
hot chocolate: cacao en poudre | cacaos en poudre | m
almond milk: lait d'amande | laits d'amande | m
almond milk: boisson à l'amande | boissons à l'amande | f
whisky: whisky | whiskys | m
whisky: whisky écossais | whiskys écossais | m
whisky: bourbon | bourbons | m
dishwasher tablets: pastille lave-vaisselle | pastilles lave-vaisselle | f
dishwasher tablets: tablette lave-vaisselle | tablettes lave-vaisselle | f
dishwasher tablets: capsule lave-vaisselle | capsules lave-vaisselle | f
aluminium foil: papier aluminium | papier aluminium | m
aluminium foil: papier alu | papier alu | m
aluminium foil: papier d'aluminium | papier d'aluminium | m
napkins: serviette en papier | serviettes en papier | f
napkins: serviette de table | serviettes de table | f
air freshener: désodorisant | désodorisants | m
air freshener: parfum d'intérieur | parfums d'intérieur | m
air freshener: désodorisant d'intérieur | désodorisants d'intérieur | m
glass cleaner: nettoyant vitres | nettoyants vitres | m
glass cleaner: lave-vitre | lave-vitres | m
glass cleaner: produit pour les vitres | produits pour les vitres | m
broom: balai | balais | m
broom: balai-brosse | balais-brosses | m
mop: serpillière | serpillières | f
mop: balai serpillière | balais serpillières | m
mop: balai à franges | balais à franges | m
bucket: seau | seaux | m
bucket: seau de ménage | seaux de ménage | m
hangers: cintre | cintres | m
hangers: cintre en bois | cintres en bois | m
plates: assiette | assiettes | f
plates: assiette plate | assiettes plates | f
plates: assiette creuse | assiettes creuses | f
mugs: mug | mugs | m
mugs: tasse | tasses | f
mugs: tasse à café | tasses à café | f
kitchen knife: couteau de cuisine | couteaux de cuisine | m
kitchen knife: couteau | couteaux | m
kitchen knife: couteau de chef | couteaux de chef | m
blanket: couverture | couvertures | f
blanket: plaid | plaids | m
bedsheets: drap | draps | m
bedsheets: drap-housse | draps-housses | m
bedsheets: parure de lit | parures de lit | f
curtains: rideau | rideaux | m
curtains: voilage | voilages | m
curtains: rideau occultant | rideaux occultants | m
lamp: lampe | lampes | f
lamp: lampe de chevet | lampes de chevet | f
lamp: lampadaire | lampadaires | m
mouthwash: bain de bouche | bains de bouche | m
shaving foam: mousse à raser | mousses à raser | f
shaving foam: gel à raser | gels à raser | m
hair oil: huile pour cheveux | huiles pour cheveux | f
hair oil: huile capillaire | huiles capillaires | f
perfume: parfum | parfums | m
perfume: eau de parfum | eaux de parfum | f
perfume: eau de toilette | eaux de toilette | f
lipstick: rouge à lèvres | rouges à lèvres | m
lipstick: rouge à lèvres mat | rouges à lèvres mats | m
nail polish: vernis à ongles | vernis à ongles | m
nail polish: vernis | vernis | m
wet wipes: lingette | lingettes | f
wet wipes: lingette bébé | lingettes bébé | f
wet wipes: lingette humide | lingettes humides | f
hand sanitizer: gel hydroalcoolique | gels hydroalcooliques | m
hand sanitizer: gel désinfectant | gels désinfectants | m
hand sanitizer: gel antibactérien | gels antibactériens | m
comb: peigne | peignes | m
comb: peigne fin | peignes fins | m
vitamins: vitamine | vitamines | f
vitamins: complément alimentaire | compléments alimentaires | m
vitamins: vitamine c | vitamines c | f
plasters: pansement | pansements | m
plasters: sparadrap | sparadraps | m
projector: vidéoprojecteur | vidéoprojecteurs | m
projector: projecteur | projecteurs | m
projector: mini projecteur | mini projecteurs | m
ereader: liseuse | liseuses | f
ereader: liseuse électronique | liseuses électroniques | f
drone: drone | drones | m
drone: drone avec caméra | drones avec caméra | m
power strip: multiprise | multiprises | f
power strip: rallonge | rallonges | f
power strip: bloc multiprise | blocs multiprises | m
iron: fer à repasser | fers à repasser | m
iron: centrale vapeur | centrales vapeur | f
iron: fer à vapeur | fers à vapeur | m
blender: mixeur | mixeurs | m
blender: blender | blenders | m
blender: mixeur plongeant | mixeurs plongeants | m
toaster: grille-pain | grille-pain | m
coffee machine: machine à café | machines à café | f
coffee machine: cafetière | cafetières | f
coffee machine: machine expresso | machines expresso | f
fan: ventilateur | ventilateurs | m
fan: ventilo | ventilos | m
heater: radiateur | radiateurs | m
heater: chauffage d'appoint | chauffages d'appoint | m
heater: radiateur électrique | radiateurs électriques | m
air fryer: friteuse sans huile | friteuses sans huile | f
air fryer: air fryer | air fryers | m
air fryer: friteuse à air chaud | friteuses à air chaud | f
washing machine: machine à laver | machines à laver | f
washing machine: lave-linge | lave-linge | m
fridge: frigo | frigos | m
fridge: réfrigérateur | réfrigérateurs | m
fridge: frigidaire | frigidaires | m
microphone: micro | micros | m
microphone: microphone | microphones | m
microphone: micro sans fil | micros sans fil | m
ink cartridge: cartouche d'encre | cartouches d'encre | f
ink cartridge: cartouche | cartouches | f
ink cartridge: cartouche d'imprimante | cartouches d'imprimante | f
coat: manteau d'hiver | manteaux d'hiver | m
coat: pardessus | pardessus | m
coat: manteau en laine | manteaux en laine | m
blouse: blouse | blouses | f
blouse: tunique | tuniques | f
blouse: chemisier en soie | chemisiers en soie | m
leggings: legging | leggings | m
leggings: legging de sport | leggings de sport | m
tie: cravate | cravates | f
tie: cravate en soie | cravates en soie | f
hat: chapeau | chapeaux | m
hat: bonnet | bonnets | m
hat: chapeau de paille | chapeaux de paille | m
raincoat: imperméable | imperméables | m
raincoat: k-way | k-way | m
raincoat: ciré | cirés | m
suit: costume | costumes | m
suit: tailleur | tailleurs | m
suit: costume trois pièces | costumes trois pièces | m
sunglasses: lunettes de soleil | lunettes de soleil | f.pl
sunglasses: lunettes de soleil polarisées | lunettes de soleil polarisées | f.pl
watch: montre | montres | f
watch: montre-bracelet | montres-bracelets | f
backpack: sac à dos | sacs à dos | m
backpack: cartable | cartables | m
handbag: sac à main | sacs à main | m
handbag: sac bandoulière | sacs bandoulière | m
handbag: sac cabas | sacs cabas | m
wallet: portefeuille | portefeuilles | m
wallet: porte-monnaie | porte-monnaie | m
wallet: porte-cartes | porte-cartes | m
umbrella: parapluie | parapluies | m
umbrella: parapluie pliant | parapluies pliants | m
flip flops: tong de plage | tongs de plage | f
flip flops: tong en caoutchouc | tongs en caoutchouc | f
flip flops: gougoune | gougounes | f
loafers: mocassin | mocassins | m
loafers: mocassin en cuir | mocassins en cuir | m
ballet flats: ballerine | ballerines | f
ballet flats: ballerine en cuir | ballerines en cuir | f
formal shoes: chaussure de ville | chaussures de ville | f
formal shoes: chaussure habillée | chaussures habillées | f
formal shoes: richelieu | richelieus | m
"""

UNITS = """
kilo: kilo | kilos | m
bag: sac | sacs | m
pack: paquet | paquets | m
box: boîte | boîtes | f
dozen: douzaine | douzaines | f
carton: brique | briques | f
bottle: bouteille | bouteilles | f
litre: litre | litres | m
can: boîte | boîtes | f
jar: pot | pots | m
tube: tube | tubes | m
pair: paire | paires | f
kilo: kilogramme | kilogrammes | m
bag: sachet | sachets | m
pack: pack | packs | m
pack: lot | lots | m
box: carton | cartons | m
bottle: flacon | flacons | m
litre: l | l | m
jar: bocal | bocaux | m
"""

COLOURS = """
noir/noire/noirs/noires
blanc/blanche/blancs/blanches
rouge/rouges
bleu/bleue/bleus/bleues
vert/verte/verts/vertes
gris/grise/gris/grises
rose/roses
violet/violette/violets/violettes
jaune/jaunes
argenté/argentée/argentés/argentées
doré/dorée/dorés/dorées
marron
beige/beiges
orange
bleu marine
bleu clair
bleu foncé
bleu ciel
bleu roi
bleu turquoise
turquoise
vert foncé
vert clair
vert olive
vert kaki
kaki
gris clair
gris foncé
gris anthracite
rouge bordeaux
bordeaux
rouge vif
rose pâle
rose poudré
fuchsia
blanc cassé
écru/écrue/écrus/écrues
crème
jaune moutarde
camel
corail
noir et blanc
multicolore/multicolores
"""

SIZES = {
    "wear": "xs\ns\nm\nl\nxl\nxxl\n34\n36\n38\n40\n42\n44\n46",
    "shoes": "37\n38\n39\n40\n41\n42\n43\n44\n45",
}
SIZE_UNITS = {"gb": "{} gigas", "tb": "{} téras", "inch": "{} pouces"}

# 1 is the article (untagged): "des" before a plural-only noun ("des écouteurs", never "un écouteurs")
NUMBERS = {1: {"m": "un", "f": "une", "m.pl": "des", "f.pl": "des"}, 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept",
           8: "huit", 9: "neuf", 10: "dix", 11: "onze", 12: "douze", 15: "quinze", 20: "vingt", 24: "vingt-quatre",
           25: "vingt-cinq", 30: "trente", 50: "cinquante", 100: "cent"}
PRICE_FORMATS = ["{} euros", "{} euros", "{} balles", "{}"]
CURRENCY_SCALE = 1.0

DATES = {
    # past dates follow "de" in "la commande de {date:past}" (de + hier -> d'hier): no "le ..." values there
    "past": "hier\navant-hier\nla semaine dernière\nlundi\nmardi dernier\nil y a deux jours\nil y a un mois\n"
            "ce matin\nhier soir\nvendredi\nhier matin\nhier après-midi\navant-hier soir\ncet après-midi\n"
            "tout à l'heure\nla dernière fois\nla semaine d'avant\nmercredi\njeudi dernier\nsamedi dernier\n"
            "dimanche dernier\nlundi matin\nmardi soir\nil y a trois jours\nil y a une semaine\n"
            "il y a quinze jours\nil y a dix jours\nce week-end\ndébut janvier\nfin décembre\nnoël dernier",
    "future": "aujourd'hui\ndemain\nce week-end\ndimanche\nsamedi\nla semaine prochaine\nce soir\nvendredi prochain\n"
              "après-demain\ndemain matin\ndemain après-midi\ndemain soir\ncet après-midi\ncette nuit\n"
              "lundi prochain\nmardi\nmercredi\njeudi\nsamedi matin\ndimanche après-midi\ncette semaine\n"
              "dans deux jours\ndans une semaine\nle week-end prochain\nle mois prochain\nplus tard\n"
              "à|noël\nà|pâques\nà|la toussaint\nle|14 juillet\nle|premier mai\nle|jour de l'an\n"
              "en|fin de mois\nen|début de semaine prochaine",
    # {date:past_le}: past dates said with their article ("comme le mois dernier", "que j'ai pris l'autre
    # jour"), the article inside the span as in "le mois prochain"; never after "de" (no "de le mois")
    "past_le": "le mois dernier\nle week-end dernier\nla semaine dernière\nla dernière fois\nl'autre jour\n"
               "l'autre fois\nle mois d'avant\nl'année dernière\nla semaine d'avant\nle samedi d'avant",
}

STORES = """
châtelet
la défense
rivoli
montparnasse
bercy
part-dieu
bellecour
république
nation
saint-lazare
bastille
gare du nord
gare de lyon
la villette
belleville
place d'italie
saint-michel
montmartre
pigalle
saint-germain-des-prés
lille
bordeaux
toulouse
nantes
marseille
"""

# {store:chain}: a chain at one of the STORES; "the|..." leaves the article out of the span
STORE_CHAINS = """
le|carrefour de {}
le|monoprix de {}
le|franprix de {}
le|leclerc de {}
le|super u de {}
le|lidl de {}
le|intermarché de {}
le|auchan de {}
le|casino de {}
le|picard de {}
le|biocoop de {}
le|naturalia de {}
le|g20 de {}
"""

PARTS = {
    "please": "s'il te plaît\ns'il vous plaît\nstp",
    "find": "montre-moi\ncherche\ntrouve-moi\nje cherche\nje voudrais voir\ntu as\nvous avez\nest-ce que vous avez",
    "add": "ajoute\nmets\nrajoute\najoute-moi",
    "cart": "au panier\ndans le panier\ndans mon panier\nà mon panier",
    "remove": "enlève\nretire\nsupprime\nvire",
    "from_cart": "du panier\nde mon panier",
    "my_order": "ma commande\nmon colis\nla commande\nma livraison",
    "list": "ma liste de courses\nla liste de courses\nma liste",
    "store": "le magasin de {store}\nvotre magasin de {store}\nle magasin {store}\n{store:chain}",
    "cheap": "à moins de {price_max}\npour moins de {price_max}\nentre {price_min:bare} et {price_max}\n"
             "entre {price_min} et {price_max}\nde {price_min:bare} à {price_max}\n"
             "à plus de {price_min}\njusqu'à {price_max}",
    "size_wear": "taille {size}\nen taille {size}\nen {size}",
    "size_shoes": "pointure {size}\nen {size}\nen pointure {size}",
    "size_storage": "de {size}\navec {size}",
    "size_screen": "de {size}",
}

AGREE = {
    "le": "le/la/les/les",
    "un": "un/une/des/des; mass.m=du; mass.f=de la; mass.m.pl=des; mass.f.pl=des",
    "du": "du/de la/des/des",
    "au": "au/à la/aux/aux",
    "ce": "ce/cette/ces/ces",
    "mon": "mon/ma/mes/mes",
    "il": "il/elle/ils/elles",
    "quel": "quel/quelle/quels/quelles",
    "est": "est/sont",
    "coûte": "coûte/coûtent",
    "arrive": "arrive/arrivent",
    "a": "a/ont",
    "existe": "existe/existent",
    "va": "va/vont",
    "taille": "taille/taillent",
    "cher": "cher/chère/chers/chères",
    "nouveau": "nouveau/nouvelle/nouveaux/nouvelles",
    "disponible": "disponible/disponibles",
    "arrivé": "arrivé/arrivée/arrivés/arrivées",
    "parti": "parti/partie/partis/parties",
    "cassé": "cassé/cassée/cassés/cassées",
    "périmé": "périmé/périmée/périmés/périmées",
    "commandé": "commandé/commandée/commandés/commandées",
    "acheté": "acheté/achetée/achetés/achetées",
    "pris": "pris/prise/pris/prises",
    "ajoute-le": "ajoute-le/ajoute-la/ajoute-les/ajoute-les",
    "enlève-le": "enlève-le/enlève-la/enlève-les/enlève-les",
    "garde-le": "garde-le/garde-la/garde-les/garde-les",
    "mets-le": "mets-le/mets-la/mets-les/mets-les",
    "dun": "d'un/d'une/de/de; mass.m=de; mass.f=de",
    "tout": "tout/toute/tous/toutes",
    "marche": "marche/marchent",
    "vient": "vient/viennent",
    "convient": "convient/conviennent",
    "contient": "contient/contiennent",
    "passe": "passe/passent",
    "compatible": "compatible/compatibles",
    "reçu": "reçu/reçue/reçus/reçues",
    "ajouté": "ajouté/ajoutée/ajoutés/ajoutées",
    "expédié": "expédié/expédiée/expédiés/expédiées",
    "votre": "votre/votre/vos/vos",
    "celui": "celui/celle/ceux/celles",
    "celui-là": "celui-là/celle-là/ceux-là/celles-là",
    "étanche": "étanche/étanches",
    "silencieux": "silencieux/silencieuse/silencieux/silencieuses",
    "lavable": "lavable/lavables",
    "laquelle": "lequel/laquelle/lesquels/lesquelles",
}

PREFIXES = """
euh
bon
alors
dis
heu
dis-moi
ok
"""
SUFFIXES = """
s'il te plaît
s'il vous plaît
stp
merci
"""

ONE_IS_ARTICLE = True
_VOWELS = "aeiouyéèêëàâîïôûœh"
# "huit" and "onze" are numbers said without elision: "moins de huit cents", "de onze euros"
_H_ASPIRE = {"huit", "onze", "haricots", "haricot", "housse", "housses", "hamburger", "hachis", "yaourt",
             "yaourts", "haut-parleur", "haut-parleurs", "hoodie", "hoodies"}
_ELIDE = {"le": "l'", "la": "l'", "de": "d'", "je": "j'", "que": "qu'", "ne": "n'", "du": "de l'",
          "ce": "cet", "ma": "mon", "si": "s'", "nouveau": "nouvel"}


def contract(prev: str, word: str, nxt: str) -> str | None:
    """Elide before a vowel or mute h: "le huile" -> "l'huile", "de eau" -> "d'eau", "ce écran" -> "cet écran"."""
    if word not in _ELIDE or not nxt or nxt[0] not in _VOWELS or nxt in _H_ASPIRE:
        return None
    if word == "si" and nxt not in ("il", "ils"):
        return None
    return _ELIDE[word]
