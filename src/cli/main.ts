console.log("中文 ok", process.argv.slice(2))
