"""French words. Elision (le -> l', de -> d', du -> de l', ce -> cet) is applied by `contract`
from the next word's first sound, so templates write the full forms."""

PRODUCTS = """
rice: riz | riz | m
flour: farine | farines | f
sugar: sucre | sucres | m
salt: sel | sels | m
apples: pomme | pommes | f
bananas: banane | bananes | f
oranges: orange | oranges | f
potatoes: pomme de terre | pommes de terre | f
onions: oignon | oignons | m
tomatoes: tomate | tomates | f
eggs: œuf | œufs | m
bread: pain de mie | pains de mie | m.mass
bread: baguette | baguettes | f
butter: beurre | beurres | m
cheese: fromage râpé | fromages râpés | m
cheese: emmental | emmentals | m
yogurt: yaourt | yaourts | m
coffee: café | cafés | m
coffee: café moulu | cafés moulus | m
tea: thé vert | thés verts | m
pasta: pâtes | pâtes | f.pl
pasta: spaghettis | spaghettis | m.pl
cereal: céréales | céréales | f.pl
biscuits: biscuit | biscuits | m
chips: chips | chips | f.pl
chocolate: chocolat noir | chocolats noirs | m
chicken: blanc de poulet | blancs de poulet | m.mass
tuna: thon | thons | m
beans: haricots rouges | haricots rouges | m.pl
lentils: lentille | lentilles | f
noodles: nouilles | nouilles | f.pl
honey: miel | miels | m
oil: huile d'olive | huiles d'olive | f
oil: huile de tournesol | huiles de tournesol | f
milk: lait | laits | m
milk: lait demi-écrémé | laits demi-écrémés | m
water: eau | eaux | f
water: eau gazeuse | eaux gazeuses | f
juice: jus d'orange | jus d'orange | m
juice: jus de pomme | jus de pomme | m
soda: soda | sodas | m
beer: bière | bières | f
wine: vin rouge | vins rouges | m
wine: vin blanc | vins blancs | m
detergent: lessive | lessives | f
toilet paper: papier toilette | papier toilette | m.mass
paper towels: essuie-tout | essuie-tout | m.mass
dish soap: liquide vaisselle | liquides vaisselle | m
trash bags: sac poubelle | sacs poubelle | m
batteries: pile | piles | f
light bulbs: ampoule | ampoules | f
shampoo: shampooing | shampooings | m
soap: savon | savons | m
soap: gel douche | gels douche | m
toothpaste: dentifrice | dentifrices | m
toothbrush: brosse à dents | brosses à dents | f
diapers: couche | couches | f
deodorant: déodorant | déodorants | m
razors: rasoir | rasoirs | m
phone: téléphone | téléphones | m
phone: smartphone | smartphones | m
laptop: ordinateur portable | ordinateurs portables | m
laptop: pc portable | pc portables | m
headphones: casque | casques | m
headphones: écouteurs | écouteurs | m.pl
tv: télé | télés | f
tv: téléviseur | téléviseurs | m
tablet: tablette | tablettes | f
charger: chargeur | chargeurs | m
phone case: coque de téléphone | coques de téléphone | f
mouse: souris | souris | f
keyboard: clavier | claviers | m
monitor: écran | écrans | m
printer: imprimante | imprimantes | f
speaker: enceinte | enceintes | f
camera: appareil photo | appareils photo | m
smartwatch: montre connectée | montres connectées | f
memory card: carte mémoire | cartes mémoire | f
cable: câble usb | câbles usb | m
power bank: batterie externe | batteries externes | f
hard drive: disque dur | disques durs | m
usb drive: clé usb | clés usb | f
router: routeur | routeurs | m
tshirt: t-shirt | t-shirts | m
tshirt: tee-shirt | tee-shirts | m
shirt: chemise | chemises | f
jeans: jean | jeans | m
trousers: pantalon | pantalons | m
dress: robe | robes | f
skirt: jupe | jupes | f
jacket: veste | vestes | f
jacket: blouson | blousons | m
sweater: pull | pulls | m
hoodie: sweat à capuche | sweats à capuche | m
socks: chaussette | chaussettes | f
cap: casquette | casquettes | f
sneakers: basket | baskets | f
running shoes: chaussure de running | chaussures de running | f
boots: botte | bottes | f
boots: bottine | bottines | f
sandals: sandale | sandales | f
sandals: tong | tongs | f
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
"""

COLOURS = """
noir/noire/noirs/noires
blanc/blanche/blancs/blanches
rouge/rouges
bleu/bleue/bleus/bleues
bleu marine
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
"""

SIZES = {
    "wear": "s\nm\nl\nxl\nxxl\n36\n38\n40\n42\n44",
    "shoes": "37\n38\n39\n40\n41\n42\n43\n44\n45",
}
SIZE_UNITS = {"gb": "{} gigas", "tb": "{} téras", "inch": "{} pouces"}

NUMBERS = {1: {"m": "un", "f": "une"}, 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 10: "dix",
           12: "douze", 24: "vingt-quatre"}
PRICE_FORMATS = ["{} euros", "{} euros", "{} balles", "{}"]
CURRENCY_SCALE = 1.0

DATES = {
    "past": "hier\navant-hier\nla semaine dernière\nlundi\nmardi dernier\nil y a deux jours\nil y a un mois\n"
            "ce matin\nhier soir\nvendredi",
    "future": "aujourd'hui\ndemain\nce week-end\ndimanche\nsamedi\nla semaine prochaine\nce soir\nvendredi prochain",
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
"""

# {store:chain}: a chain at one of the STORES; "the|..." leaves the article out of the span
STORE_CHAINS = """
le|carrefour de {}
le|monoprix de {}
le|franprix de {}
le|leclerc de {}
le|super u de {}
le|lidl de {}
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
    "passe": "passe/passent",
    "compatible": "compatible/compatibles",
    "reçu": "reçu/reçue/reçus/reçues",
    "ajouté": "ajouté/ajoutée/ajoutés/ajoutées",
    "expédié": "expédié/expédiée/expédiés/expédiées",
    "votre": "votre/votre/vos/vos",
    "celui": "celui/celle/ceux/celles",
    "celui-là": "celui-là/celle-là/ceux-là/celles-là",
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
_H_ASPIRE = {"haricots", "housse", "hamburger", "hachis", "yaourt", "yaourts"}
_ELIDE = {"le": "l'", "la": "l'", "de": "d'", "je": "j'", "que": "qu'", "ne": "n'", "du": "de l'",
          "ce": "cet", "ma": "mon", "si": "s'", "nouveau": "nouvel"}


def contract(prev: str, word: str, nxt: str) -> str | None:
    """Elide before a vowel or mute h: "le huile" -> "l'huile", "de eau" -> "d'eau", "ce écran" -> "cet écran"."""
    if word not in _ELIDE or not nxt or nxt[0] not in _VOWELS or nxt in _H_ASPIRE:
        return None
    if word == "si" and nxt not in ("il", "ils"):
        return None
    return _ELIDE[word]
