# Writes sentences8.json: an eighth batch, written on 2 December 2026 before the builder ran on it, in the shapes of
# whole news stories rather than of single facts: the event's actor in a relative clause or a passive's "by", the
# event named by a noun with its actor in a possessive or an "of"/"by" phrase, events in the second clause of a
# sentence, mid-sentence attribution, and threats, demands and appeals written with "warned", "urged", "called on".
# Beats: elections, central banks, courts, health, disasters, space, sport bodies, labour, crime, the sea. Traps: force
# verbs in markets and sport, meetings of one's own body, investigations of accidents by their own staff. The
# article is dated Wednesday 11 March 2026 (bench/events_unseen.py).
from expect import A, H, N, P, R, RH, e, write  # noqa: F401 (shorthand of the expectations)
ANY = None      # modality not checked
S = [
 # threats, demands and appeals in the verbs reporters use
 ("Turkey warned Sweden on Monday that it would block the country's NATO membership unless Stockholm extradited "
  "Kurdish militants.",
  [e("turkey", ["warn"], "sweden", ["13"], when="2026-03-09")]),
 ("The European Commission urged Hungary to restore the independence of its judiciary.",
  [e("commission", ["urge"], "hungary", ["10", "02"])]),
 ("Pope Leo called on Israel and Hamas to agree to a ceasefire in Gaza.",
  [e("leo", ["call_on", "call"], "israel", ["02", "10"]), e("leo", ["call_on", "call"], "hamas", ["02", "10"])]),
 ("Venezuela threatened to expel the Spanish ambassador over remarks by the Spanish prime minister.",
  [e("venezuela", ["threaten"], "ambassador", ["13"])]),
 ("The International Monetary Fund asked Pakistan to raise taxes on retailers before releasing the next tranche.",
  [e("fund", ["ask"], "pakistan", ["10", "02"])]),
 ("North Korea's foreign ministry vowed \"overwhelming\" retaliation against South Korea and the United States for "
  "their joint drills.",
  [e("korea", ["vow"], "retaliation", ["13"])]),
 # actors in relative clauses, passives and possessives
 ("The opposition leader, who was arrested by the police in Dhaka on Tuesday, has been released on bail.",
  [e("police", ["arrest"], "leader", ["17"], when="2026-03-10")]),
 ("Two journalists were detained by Iranian security forces while covering the protests in Zahedan.",
  [e("forces", ["detain"], "journalists", ["17"])]),
 ("Egypt's mediation between Israel and Hamas was praised by Washington.",
  [e("washington", ["praise"], "mediation", ["05"])]),
 ("The sanctions that the European Union imposed on Belarus in February hit its potash exports.",
  [e("union", ["impose"], "sanctions", ["16", "17"], when="2026-02")]),
 ("Somali troops, backed by African Union forces, recaptured the town of Jilib from al-Shabaab on Saturday.",
  [e("troops", ["recapture"], "jilib", ["19", "18"], when="2026-03-07")]),
 ("Japan's decision to release treated water from Fukushima was condemned by China.",
  [e("china", ["condemn"], "decision", ["11"])]),
 # events in a second clause, mid-sentence attribution
 ("The talks collapsed on Friday and Serbia recalled its ambassador from Pristina, the foreign ministry said.",
  [e("serbia", ["recall"], "ambassador", ["16"], mod=R, when="2026-03-06")]),
 ("Ecuador's navy, the defence ministry said, seized two tonnes of cocaine from a fishing boat off the Galapagos.",
  [e("navy", ["seize"], "cocaine", ["17"], mod=R)]),
 ("After months of talks, Armenia and Azerbaijan signed a peace framework in Washington on Sunday.",
  [e("armenia", ["sign"], "framework", ["05", "03", "06"], when="2026-03-08"),
   e("azerbaijan", ["sign"], "framework", ["05", "03", "06"], when="2026-03-08")]),
 ("Rescue teams from Turkey and Japan arrived in Myanmar after the earthquake, and China sent 300 tonnes of aid.",
  [e("china", ["send"], "aid", ["07"])]),
 ("Kenya's president, speaking in Nairobi, accused Sudan's army of bombing civilians in Darfur.",
  [e("president", ["accuse"], "army", ["11"])]),
 # nominal events with their actors
 ("Israel's strike on an Iranian consulate in Damascus killed seven officers.",
  [e("israel", ["strike", "strike_on"], "consulate", ["18", "19"])]),
 ("The Kremlin rejected Kyiv's proposal for a prisoner exchange.",
  [e("kremlin", ["reject"], "proposal", ["12"])]),
 ("Beijing protested against the visit of a US congressional delegation to Taiwan.",
  [e("beijing", ["protest", "protest_against"], "visit", ["11", "14"])]),
 ("Mexico welcomed the release of 40 Mexican fishermen by Guatemala.",
  [e("mexico", ["welcome"], "release", ["05", "01"])]),
 # negated, reported and hypothetical events
 ("Chile has not recognised the result of the Venezuelan election.",
  [e("chile", ["recognise", "recognize"], "result", ["05"], pol=N)]),
 ("Hezbollah denied firing rockets at northern Israel on Tuesday.",
  [e("hezbollah", ["fire"], "rockets", ["19", "18", "15"], pol=N, when="2026-03-10")]),
 ("The junta could expel the French ambassador if Paris keeps criticising the coup, a spokesman warned.",
  [e("junta", ["expel"], "ambassador", ["16", "17"], mod=H)]),
 ("Officials said Ukraine had struck a Russian oil refinery in Saratov overnight.",
  [e("ukraine", ["strike"], "refinery", ["18", "19"], mod=R)]),
 ("Greece refused to return the migrants to Turkey.",
  [e("greece", ["return"], "migrants", ["08", "07", "17", "12"], pol=N, mod=ANY)]),
 ("India will not send its team to the championship in Pakistan, the cricket board said on Thursday.",
  [e("india", ["send"], "team", None, pol=N, mod=ANY)]),
 # courts, crime, labour
 ("A court in Istanbul sentenced the mayor to two years in prison for insulting election officials.",
  [e("court", ["sentence"], "mayor", ["17"])]),
 ("Prosecutors in Seoul indicted the former president on charges of insurrection on Monday.",
  [e("prosecutors", ["indict"], "president", ["11", "17"], when="2026-03-09")]),
 ("Gunmen abducted 20 students from a school in Kaduna state, police said.",
  [e("gunmen", ["abduct"], "students", ["18"], mod=R)]),
 ("Nurses in New Zealand walked off the job on Tuesday to demand better staffing.",
  [e("nurses", ["walk_off", "walk", "strike"], "?", ["14"], when="2026-03-10")]),
 ("The Brazilian police raided the offices of the mining company in Belo Horizonte.",
  [e("police", ["raid"], "offices", ["17", "18"])]),
 # investigations, aid, cooperation
 ("The United Nations opened an investigation into the killing of aid workers in Gaza.",
  [e("nations", ["open"], "investigation", ["09"])]),
 ("Norway pledged $50 million to the World Food Programme for Sudan.",
  [e("norway", ["pledge"], "$50 million", ["03", "07"])]),
 ("The World Health Organization deployed a team of epidemiologists to eastern Congo.",
  [e("organization", ["deploy"], "team", ["07", "06"])]),
 ("India and Australia agreed to hold joint naval exercises in the Indian Ocean.",
  [e("india", ["agree"], "exercises", ["03", "05", "06"]), e("australia", ["agree"], "exercises", ["03", "05", "06"])]),
 ("Ghana extradited a Nigerian businessman to the United States on fraud charges.",
  [e("ghana", ["extradite"], "businessman", ["17", "06", "08"])]),
 ("The Philippines lodged a diplomatic protest with China over the water cannon attack.",
  [e("philippines", ["lodge"], "protest", ["11", "14"])]),
 # force posture, reduced relations
 ("China sent 24 warplanes into Taiwan's air defence zone on Saturday.",
  [e("china", ["send"], "warplanes", ["15", "17", "19"], when="2026-03-07")]),
 ("Poland closed its last border crossing with Belarus for freight.",
  [e("poland", ["close"], "crossing", ["16", "15", "17"])]),
 ("Niger ordered the French ambassador to leave the country within 48 hours.",
  [e("niger", ["order"], "ambassador", ["16", "17", "10"])]),
 ("Lithuania expelled three Russian diplomats last week.",
  [e("lithuania", ["expel"], "diplomats", ["16", "17"], when="?")]),
 # elections and central banks: mostly no events between actors
 ("The central bank of Brazil raised its benchmark rate to 14.25 percent on Wednesday.",
  [e("bank", ["raise"], "rate", None, mod=ANY, when="?")]),
 ("The Bank of England held interest rates at 4.5 percent.",
  [e("bank", ["hold"], "rates", None, mod=ANY)]),
 ("Voters in Chile elected a new president in a run-off on Sunday.",
  [e("voters", ["elect"], "president", None, mod=ANY, when="?")]),
 ("The electoral commission of Ghana declared the opposition candidate the winner.",
  [e("commission", ["declare"], "candidate", None, mod=ANY)]),
 # traps: force verbs with no force
 ("Shares of Rheinmetall jumped 8 percent after Germany announced new defence spending.",
  [e("germany", ["announce"], "spending", None, mod=ANY)]),
 ("Real Madrid crushed Barcelona 4-0 in the Copa del Rey semi-final.",
  [e("madrid", ["crush"], "barcelona", None, mod=ANY)]),
 ("Storm Eowyn battered Ireland and Scotland on Friday, cutting power to 700,000 homes.",
  [e("eowyn", ["batter"], "ireland", None, mod=ANY, when="?")]),
 ("The airline investigated the incident with its own safety team.",
  [e("airline", ["investigate"], "incident", None, mod=ANY)]),
 ("The board of Volkswagen met in Wolfsburg to approve the budget.",
  [e("board", ["meet"], "?", None, mod=ANY)]),
 ("The space agency launched a weather satellite from Kourou on Tuesday.",
  [e("agency", ["launch"], "satellite", None, mod=ANY, when="?")]),
 ("SpaceX's Starship exploded minutes after launch, scattering debris over the Caribbean.",
  [e("starship", ["explode", "scatter"], "?", None, mod=ANY)]),
]

if __name__ == "__main__":
    write(S, "sentences8.json")
