namespace zadig {}
