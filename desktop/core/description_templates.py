"""Template texts of the register description for a sole trader's customer register.

Document texts in fi / sv / en (not UI strings, so not marked for Qt translation). "{business}"
is replaced by the business's name, "{address}" by its street address, "{website}" by the address of
its web site (the cookies text is used only when it has one, and asks the business to describe
them). The business must check them: they describe the typical
case (customers, orders, direct marketing, an accounting firm) and say nothing it does not do.
"""

from __future__ import annotations

FI = {
    "register_name": "{business}: asiakasrekisteri",
    "controller_contact": "{business}",
    "contact_person": "{business}",
    "dpo": "",
    "purposes": (
        "Asiakassuhteen hoitaminen: tilausten ja laskujen käsittely, yhteydenpito asiakkaaseen, "
        "asiakaspalvelu ja palautteen käsittely.\n"
        "Suoramarkkinointi, jota asiakas ei ole kieltänyt. Sähköpostilla ja tekstiviestillä "
        "markkinoidaan vain asiakkaan suostumuksella.\n"
        "Kirjanpitolain mukaisten velvoitteiden täyttäminen.\n"
        "Oikeusvaateiden laatiminen, esittäminen ja puolustaminen."
    ),
    "legal_bases": (
        "Sopimus (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta): tilausten "
        "toimittaminen ja laskutus.\n"
        "Lakisääteinen velvoite (c alakohta): kirjanpito kirjanpitolain mukaan.\n"
        "Oikeutettu etu (f alakohta): asiakassuhteen hoitaminen ja postitse tai puhelimitse "
        "tehtävä suoramarkkinointi asiakkaille.\n"
        "Suostumus (a alakohta): sähköposti- ja tekstiviestimarkkinointi, uutiskirje, "
        "profilointi ja tietojen luovuttaminen yhteistyökumppaneille markkinointiin.\n"
        "Tilauksen toimittamiseen ja laskutukseen tarvittavat tiedot ovat sopimuksen edellytys: "
        "ilman niitä tilausta ei voida toimittaa. Muiden tietojen antaminen on vapaaehtoista."
    ),
    "data_categories": (
        "Nimi, osoite, puhelinnumero ja sähköpostiosoite; asiointikieli ja kotikunta; yrityksen "
        "nimi ja Y-tunnus; asiakasnumero, asiakassuhteen alkamis- ja päättymispäivä ja tila; "
        "tilaukset ja laskut; yhteydenotot ja palaute; suostumukset ja kiellot historioineen; "
        "asiakkaan toimittamat asiakirjat. Henkilötunnusta käsitellään vain, jos asiakkaan "
        "yksilöiminen sitä välttämättä edellyttää (tietosuojalaki 29 §). Erityisiin "
        "henkilötietoryhmiin kuuluvia tietoja ei käsitellä."
    ),
    "sources": (
        "Tiedot saadaan asiakkaalta itseltään asioinnin, tilausten, verkkolomakkeen ja "
        "yhteydenottojen yhteydessä."
    ),
    "transfers_outside_eea": (
        "Tietoja ei siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle."
    ),
    "retention": (
        "Asiakkaan tiedot säilytetään asiakassuhteen ajan ja sen päätyttyä niin kauan kuin niitä "
        "tarvitaan mahdollisten vaateiden hoitamiseen.\n"
        "Potentiaalisten asiakkaiden tiedot poistetaan yhden vuoden kuluttua viimeisestä "
        "yhteydenotosta.\n"
        "Kirjanpitoon kuuluvat tiedot säilytetään kirjanpitolain 2 luvun 10 §:n mukaan: "
        "kirjanpitokirjat vähintään 10 vuotta tilikauden päättymisestä ja tositteet vähintään "
        "6 vuotta sen vuoden lopusta, jonka aikana tilikausi on päättynyt.\n"
        "Tieto markkinointikiellosta säilytetään niin kauan kuin se on tarpeen kiellon "
        "noudattamiseksi."
    ),
    "security": (
        "Rekisteri on salattu, ja sitä käyttävät vain nimetyt henkilöt omilla tunnuksillaan. "
        "Käyttöoikeudet on rajattu tehtävien mukaan, ja tietojen käsittelystä pidetään lokia. "
        "Tietoja käsittelevillä on vaitiolovelvollisuus. Varmuuskopiot ovat salattuja."
    ),
    "security_manual": (
        "Paperiset asiakirjat säilytetään lukitussa tilassa, johon on pääsy vain niitä "
        "käsittelevillä henkilöillä. Tarpeettomat asiakirjat hävitetään tietoturvallisesti."
    ),
    "cookies": (
        "Verkkosivustollamme {website} käytetään evästeitä. Kuvaa tässä, mitä evästeitä sivusto "
        "käyttää ja mihin tarkoitukseen, kuinka kauan ne säilyvät ja käytetäänkö kävijäseurantaa "
        "tai kolmansien osapuolten evästeitä."
    ),
    "automated_decisions": (
        "Tietoja ei käytetä automaattiseen päätöksentekoon, jolla olisi asiakkaalle "
        "oikeusvaikutuksia tai muita vastaavia merkittäviä vaikutuksia (tietosuoja-asetuksen "
        "22 artikla)."
    ),
    "rights": (
        "Asiakkaalla on oikeus saada pääsy tietoihinsa (15 artikla), oikaista virheelliset "
        "tiedot (16 artikla), saada tietonsa poistetuiksi (17 artikla), rajoittaa niiden "
        "käsittelyä (18 artikla), siirtää itse antamansa tiedot järjestelmästä toiseen "
        "(20 artikla) ja vastustaa oikeutettuun etuun perustuvaa käsittelyä (21 artikla). "
        "Suoramarkkinoinnin asiakas voi kieltää milloin tahansa, ja suostumuksen voi perua "
        "milloin tahansa; peruminen ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen.\n"
        "Asiakkaalla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle "
        "(www.tietosuoja.fi)."
    ),
    "how_to_use_rights": (
        "Oikeuksien käyttämistä koskevan pyynnön voi tehdä haluamallaan tavalla, esimerkiksi "
        "kirjeellä osoitteeseen {address}, sähköpostitse, puhelimitse tai käymällä "
        "toimipaikassamme. Pyynnön ei tarvitse olla kirjallinen eikä allekirjoitettu, eikä "
        "sitä tarvitse tehdä tietyllä lomakkeella. Jos pyytäjän henkilöllisyyttä on "
        "perusteltua syytä epäillä, pyydämme lisätietoja sen varmistamiseksi. Vastaamme "
        "kuukauden kuluessa pyynnön saapumisesta."
    ),
    "no_recipients": (
        "Tietoja ei luovuteta säännönmukaisesti. Tietoja voidaan luovuttaa viranomaisille, kun "
        "laki sitä edellyttää."
    ),
}

SV = {
    "register_name": "{business}: kundregister",
    "controller_contact": "{business}",
    "contact_person": "{business}",
    "dpo": "",
    "purposes": (
        "Skötsel av kundrelationen: behandling av beställningar och fakturor, kontakt med kunden, "
        "kundtjänst och behandling av respons.\n"
        "Direktmarknadsföring som kunden inte har förbjudit. Marknadsföring per e-post och sms "
        "sker endast med kundens samtycke.\n"
        "Fullgörande av skyldigheterna enligt bokföringslagen.\n"
        "Fastställande, utövande och försvar av rättsliga anspråk."
    ),
    "legal_bases": (
        "Avtal (artikel 6.1 b i EU:s allmänna dataskyddsförordning): leverans av beställningar "
        "och fakturering.\n"
        "Rättslig förpliktelse (artikel 6.1 c): bokföring enligt bokföringslagen.\n"
        "Berättigat intresse (artikel 6.1 f): skötsel av kundrelationen och direktmarknadsföring "
        "per post eller telefon till kunder.\n"
        "Samtycke (artikel 6.1 a): marknadsföring per e-post och sms, nyhetsbrev, profilering "
        "och utlämnande av uppgifter till samarbetspartner för marknadsföring.\n"
        "De uppgifter som behövs för att leverera och fakturera en beställning är en förutsättning "
        "för avtalet: utan dem kan beställningen inte levereras. Övriga uppgifter lämnas frivilligt."
    ),
    "data_categories": (
        "Namn, adress, telefonnummer och e-postadress; kontaktspråk och hemkommun; företagets "
        "namn och FO-nummer; kundnummer, kundrelationens början, slut och status; beställningar "
        "och fakturor; kontakter och respons; samtycken och förbud med historik; handlingar som "
        "kunden lämnat. Personbeteckning behandlas endast om det är nödvändigt för att "
        "identifiera kunden (dataskyddslagen 29 §). Särskilda kategorier av personuppgifter "
        "behandlas inte."
    ),
    "sources": (
        "Uppgifterna fås av kunden själv i samband med ärenden, beställningar, webbformulär och "
        "kontakter."
    ),
    "transfers_outside_eea": (
        "Uppgifterna överförs inte utanför Europeiska unionen eller Europeiska ekonomiska "
        "samarbetsområdet."
    ),
    "retention": (
        "Kundens uppgifter sparas under kundrelationen och därefter så länge de behövs för att "
        "sköta eventuella anspråk.\n"
        "Potentiella kunders uppgifter raderas när ett år har gått sedan den senaste "
        "kontakten.\n"
        "Uppgifter som hör till bokföringen sparas enligt 2 kap. 10 § i bokföringslagen: "
        "bokföringsböckerna minst 10 år från räkenskapsperiodens slut och verifikationerna minst "
        "6 år från utgången av det år då räkenskapsperioden har upphört.\n"
        "Uppgiften om ett marknadsföringsförbud sparas så länge det behövs för att förbudet ska "
        "kunna iakttas."
    ),
    "security": (
        "Registret är krypterat och används endast av utsedda personer med egna användarnamn. "
        "Behörigheterna är begränsade enligt uppgifterna, och behandlingen loggas. "
        "De som behandlar uppgifterna har tystnadsplikt. Säkerhetskopiorna är krypterade."
    ),
    "security_manual": (
        "Pappershandlingar förvaras i ett låst utrymme som endast de som behandlar dem har "
        "tillträde till. Handlingar som inte längre behövs förstörs på ett datasäkert sätt."
    ),
    "cookies": (
        "Vår webbplats {website} använder kakor. Beskriv här vilka kakor webbplatsen använder och "
        "för vilket ändamål, hur länge de sparas och om besöksspårning eller tredje parters kakor "
        "används."
    ),
    "automated_decisions": (
        "Uppgifterna används inte för automatiserat beslutsfattande som har rättsliga följder "
        "eller på liknande sätt betydande följder för kunden (artikel 22 i "
        "dataskyddsförordningen)."
    ),
    "rights": (
        "Kunden har rätt att få tillgång till sina uppgifter (artikel 15), få felaktiga "
        "uppgifter rättade (artikel 16), få sina uppgifter raderade (artikel 17), begränsa "
        "behandlingen (artikel 18), flytta de uppgifter hen själv lämnat till ett annat system "
        "(artikel 20) och invända mot behandling som grundar sig på berättigat intresse "
        "(artikel 21). Kunden kan när som helst förbjuda direktmarknadsföring och när som helst "
        "återkalla ett samtycke; återkallandet påverkar inte lagligheten av behandlingen före "
        "det.\n"
        "Kunden har rätt att lämna in klagomål till dataombudsmannens byrå (www.tietosuoja.fi)."
    ),
    "how_to_use_rights": (
        "En begäran om att utöva rättigheterna kan göras på det sätt man själv väljer, till "
        "exempel per brev till adressen {address}, per e-post, per telefon eller vid ett besök "
        "hos oss. Begäran behöver inte vara skriftlig eller undertecknad och inte heller göras "
        "på en viss blankett. Om det finns rimliga skäl att betvivla vem som framställer "
        "begäran, ber vi om de ytterligare uppgifter som behövs för att bekräfta identiteten. "
        "Vi svarar inom en månad från att begäran kommit in."
    ),
    "no_recipients": (
        "Uppgifterna lämnas inte ut regelbundet. De kan lämnas ut till myndigheter när lagen "
        "kräver det."
    ),
}

EN = {
    "register_name": "{business}: customer register",
    "controller_contact": "{business}",
    "contact_person": "{business}",
    "dpo": "",
    "purposes": (
        "Managing the customer relationship: handling orders and invoices, contacting the "
        "customer, customer service and handling feedback.\n"
        "Direct marketing the customer has not forbidden. Marketing by email and text message "
        "only with the customer's consent.\n"
        "Meeting the obligations of the Finnish Accounting Act.\n"
        "Establishing, exercising and defending legal claims."
    ),
    "legal_bases": (
        "Contract (Article 6(1)(b) of the EU General Data Protection Regulation): delivering "
        "orders and invoicing.\n"
        "Legal obligation (Article 6(1)(c)): bookkeeping under the Accounting Act.\n"
        "Legitimate interest (Article 6(1)(f)): managing the customer relationship and direct "
        "marketing to customers by post or telephone.\n"
        "Consent (Article 6(1)(a)): marketing by email and text message, the newsletter, "
        "profiling and disclosure to partners for their marketing.\n"
        "The data needed to deliver and invoice an order is a requirement of the contract: "
        "without it the order cannot be delivered. Giving any other data is voluntary."
    ),
    "data_categories": (
        "Name, address, telephone number and email address; language and municipality; company "
        "name and business ID; customer number, start, end and status of the customer "
        "relationship; orders and invoices; contacts and feedback; consents and prohibitions "
        "with their history; documents the customer has provided. The personal identity code is "
        "processed only where identifying the customer requires it (Data Protection Act "
        "section 29). No special categories of personal data are processed."
    ),
    "sources": (
        "The data is received from the customer, in connection with visits, orders, the web "
        "form and other contacts."
    ),
    "transfers_outside_eea": (
        "The data is not transferred outside the European Union or the European Economic Area."
    ),
    "retention": (
        "The customer's data is kept for the duration of the customer relationship and after it "
        "for as long as it is needed to deal with possible claims.\n"
        "The data of potential customers is erased when one year has passed since the last "
        "contact.\n"
        "Accounting records are kept as the Accounting Act (chapter 2, section 10) requires: the "
        "books for at least 10 years from the end of the financial period and the vouchers for "
        "at least 6 years from the end of the year in which the financial period ended.\n"
        "A marketing prohibition is remembered for as long as needed to respect it."
    ),
    "security": (
        "The register is encrypted and used only by named persons with their own user names. "
        "Access rights are limited to what each task needs, and processing is logged. Those "
        "who process the data are bound by confidentiality. Backups are encrypted."
    ),
    "security_manual": (
        "Paper documents are kept in a locked room that only those who handle them can enter. "
        "Documents no longer needed are destroyed securely."
    ),
    "cookies": (
        "Our web site {website} uses cookies. Describe here which cookies the site uses and what "
        "for, how long they are kept and whether visitor tracking or third-party cookies are used."
    ),
    "automated_decisions": (
        "The data is not used for automated decision-making that has legal or similarly "
        "significant effects on the customer (Article 22 of the GDPR)."
    ),
    "rights": (
        "The customer has the right of access to their data (Article 15), to have inaccurate "
        "data rectified (Article 16), to have their data erased (Article 17), to restrict its "
        "processing (Article 18), to receive the data they provided in a portable format "
        "(Article 20) and to object to processing based on legitimate interest (Article 21). "
        "Direct marketing can be forbidden and consent withdrawn at any time; withdrawal does "
        "not affect the lawfulness of processing before it.\n"
        "The customer has the right to lodge a complaint with the Office of the Data Protection "
        "Ombudsman (www.tietosuoja.fi)."
    ),
    "how_to_use_rights": (
        "A request to use these rights can be made in any way, for example by letter to "
        "{address}, by email, by telephone or by visiting us. It need not be in writing or "
        "signed, nor made on any particular form. If there is reasonable doubt about who is "
        "making the request, we ask for the information needed to confirm the person's "
        "identity. We reply within one month of receiving the request."
    ),
    "no_recipients": (
        "The data is not regularly disclosed. It may be disclosed to authorities where the law "
        "requires it."
    ),
}

TEMPLATES: dict[str, dict[str, str]] = {"fi": FI, "sv": SV, "en": EN}


# The cookies texts of earlier versions ("only necessary cookies"), written for every business
# whether it had a web site or not: a statement still saying one of them is flagged for checking.
UNASKED_COOKIES = (
    (
        "Verkkosivuillamme käytetään vain sivuston toiminnan kannalta välttämättömiä evästeitä. "
        "Emme käytä kävijäseurantaa emmekä kolmansien osapuolten mainosevästeitä."
    ),
    (
        "På vår webbplats används endast kakor som är nödvändiga för att webbplatsen ska fungera. "
        "Vi använder varken besöksspårning eller tredje parters reklamkakor."
    ),
    (
        "Our web site uses only the cookies the site needs to work. We use no visitor tracking "
        "and no third-party advertising cookies."
    ),
)
